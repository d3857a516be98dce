import { Button, EmptyState, Paper } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../../api/error-messages';
import type { Role, User } from '../../../api/types';
import { ErrorState } from '../../../components/ErrorState';
import { PageHeader } from '../../../components/PageHeader';
import { TableSkeleton } from '../../../components/TableSkeleton';
import { useSignedInUser } from '../../auth';
import { DeleteUserModal } from '../components/DeleteUserModal';
import { InviteUserModal } from '../components/InviteUserModal';
import { RenameUserModal } from '../components/RenameUserModal';
import { ResetTwoFactorModal } from '../components/ResetTwoFactorModal';
import { UsersTable } from '../components/UsersTable';
import { useUpdateUser } from '../hooks/useUserMutations';
import { useUsers } from '../hooks/useUsers';
import { sortUsersByName } from '../sort-users';

export function UsersPage() {
  const { t, i18n } = useTranslation();
  const me = useSignedInUser();
  const users = useUsers();
  const updateUser = useUpdateUser();
  const [inviteOpened, invite] = useDisclosure(false);
  const [renaming, setRenaming] = useState<User | null>(null);
  const [deleting, setDeleting] = useState<User | null>(null);
  const [resettingTwoFactor, setResettingTwoFactor] = useState<User | null>(null);
  const sortedUsers = useMemo(() => sortUsersByName(users.data ?? [], i18n.language), [users.data, i18n.language]);

  const changeRole = (user: User, role: Role) => {
    updateUser.mutate(
      { id: user.id, changes: { role } },
      {
        onSuccess: () =>
          notifications.show({
            color: 'green',
            message: t('users.roleChanged', { name: user.displayName, role: t(`roles.${role}`) }),
          }),
        onError: (error) =>
          notifications.show({
            color: 'red',
            title: t('users.roleChangeFailed', { name: user.displayName }),
            message: t(errorMessageKey(error)),
          }),
      },
    );
  };

  const inviteButton = (
    <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={invite.open}>
      {t('users.invite.open')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('users.title')} description={t('users.description')} actions={inviteButton} />
      {users.isPending ? (
        <TableSkeleton />
      ) : users.isError ? (
        <ErrorState error={users.error} onRetry={() => void users.refetch()} />
      ) : sortedUsers.length === 0 ? (
        <EmptyState
          mt="xl"
          icon={<IconUsers size={32} aria-hidden />}
          withIndicatorBackground
          title={t('users.empty.title')}
          description={t('users.empty.body')}
        >
          <EmptyState.Actions>{inviteButton}</EmptyState.Actions>
        </EmptyState>
      ) : (
        <Paper withBorder>
          <UsersTable
            users={sortedUsers}
            currentUserId={me.id}
            onChangeRole={changeRole}
            onRename={setRenaming}
            onDelete={setDeleting}
            onResetTwoFactor={setResettingTwoFactor}
            savingUserId={updateUser.isPending ? updateUser.variables.id : null}
          />
        </Paper>
      )}
      <InviteUserModal opened={inviteOpened} onClose={invite.close} />
      {renaming && (
        <RenameUserModal
          key={renaming.id}
          user={renaming}
          onClose={() => {
            setRenaming(null);
          }}
        />
      )}
      {deleting && (
        <DeleteUserModal
          key={deleting.id}
          user={deleting}
          onClose={() => {
            setDeleting(null);
          }}
        />
      )}
      {resettingTwoFactor && (
        <ResetTwoFactorModal
          key={resettingTwoFactor.id}
          user={resettingTwoFactor}
          onClose={() => {
            setResettingTwoFactor(null);
          }}
        />
      )}
    </>
  );
}
