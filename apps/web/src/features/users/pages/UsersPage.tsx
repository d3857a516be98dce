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
import { inviteLink } from '../../auth';
import { DeleteUserModal } from '../components/DeleteUserModal';
import { InviteUserModal } from '../components/InviteUserModal';
import { MailNotConfiguredNotice } from '../components/MailNotConfiguredNotice';
import { RenameUserModal } from '../components/RenameUserModal';
import { ResetTwoFactorModal } from '../components/ResetTwoFactorModal';
import { ResendInviteModal } from '../components/ResendInviteModal';
import { UsersTable } from '../components/UsersTable';
import { useMailStatus } from '../hooks/useMailStatus';
import { useResendInvite, useUpdateUser } from '../hooks/useUserMutations';
import { useUsers } from '../hooks/useUsers';
import { sortUsersByName } from '../sort-users';

export function UsersPage() {
  const { t, i18n } = useTranslation();
  const me = useSignedInUser();
  const users = useUsers();
  const updateUser = useUpdateUser();
  const resendInvite = useResendInvite();
  const mailStatus = useMailStatus();
  const mailNotConfigured = mailStatus.data?.configured === false;
  const [inviteOpened, invite] = useDisclosure(false);
  const [renaming, setRenaming] = useState<User | null>(null);
  const [deleting, setDeleting] = useState<User | null>(null);
  const [resettingTwoFactor, setResettingTwoFactor] = useState<User | null>(null);
  const [resent, setResent] = useState<{ user: User; link: string } | null>(null);
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

  const resend = (user: User) => {
    resendInvite.mutate(user.id, {
      onSuccess: ({ inviteToken }) => {
        // Without mail the new link reaches the person only if the admin passes it on.
        if (mailNotConfigured) setResent({ user, link: inviteLink(window.location.origin, inviteToken) });
        else notifications.show({ color: 'green', message: t('users.resend.mailed', { name: user.displayName }) });
      },
      onError: (error) =>
        notifications.show({
          color: 'red',
          title: t('users.resend.failed', { name: user.displayName }),
          message: t(errorMessageKey(error)),
        }),
    });
  };

  const inviteButton = (
    <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={invite.open}>
      {t('users.invite.open')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('users.title')} description={t('users.description')} actions={inviteButton} />
      {mailNotConfigured && <MailNotConfiguredNotice />}
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
            onResendInvite={resend}
            savingUserId={updateUser.isPending ? updateUser.variables.id : null}
            resendingUserId={resendInvite.isPending ? resendInvite.variables : null}
          />
        </Paper>
      )}
      <InviteUserModal opened={inviteOpened} onClose={invite.close} mailed={mailStatus.data?.configured === true} />
      {resent && (
        <ResendInviteModal
          key={resent.user.id}
          user={resent.user}
          link={resent.link}
          onClose={() => {
            setResent(null);
          }}
        />
      )}
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
