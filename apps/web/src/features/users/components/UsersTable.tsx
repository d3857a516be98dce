import { ActionIcon, Group, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconMailForward, IconPencil, IconShieldOff, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Role, User } from '../../../api/types';
import { RoleSelect } from './RoleSelect';
import { UserStatusBadge } from './UserStatusBadge';

interface UsersTableProps {
  users: readonly User[];
  currentUserId: string;
  onChangeRole: (user: User, role: Role) => void;
  onRename: (user: User) => void;
  onDelete: (user: User) => void;
  onResetTwoFactor: (user: User) => void;
  /** Sends a pending member a new invitation. */
  onResendInvite: (user: User) => void;
  /** The user whose role change is being saved. */
  savingUserId: string | null;
  /** The user whose invitation is being sent again. */
  resendingUserId: string | null;
}

export function UsersTable({
  users,
  currentUserId,
  onChangeRole,
  onRename,
  onDelete,
  onResendInvite,
  onResetTwoFactor,
  savingUserId,
  resendingUserId,
}: UsersTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>
          <VisuallyHidden>{t('users.table.caption')}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('users.table.name')}</Table.Th>
            <Table.Th scope="col">{t('users.table.email')}</Table.Th>
            <Table.Th scope="col">{t('users.table.role')}</Table.Th>
            <Table.Th scope="col">{t('users.table.status')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('users.table.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => {
            const isSelf = user.id === currentUserId;
            return (
              <Table.Tr key={user.id}>
                <Table.Th scope="row" fw={500}>
                  {user.displayName}
                  {isSelf && (
                    <Text span c="dimmed" size="sm">
                      {' '}
                      {t('users.you')}
                    </Text>
                  )}
                </Table.Th>
                <Table.Td>{user.email}</Table.Td>
                <Table.Td>
                  <RoleSelect
                    aria-label={t('users.roleOf', { name: user.displayName })}
                    value={user.role}
                    onChange={(role) => {
                      onChangeRole(user, role);
                    }}
                    disabled={savingUserId === user.id}
                    size="xs"
                    w={180}
                  />
                </Table.Td>
                <Table.Td>
                  <UserStatusBadge status={user.status} />
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    {user.status === 'invited' && (
                      <Tooltip label={t('users.resend.action', { name: user.displayName })}>
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('users.resend.action', { name: user.displayName })}
                          loading={resendingUserId === user.id}
                          onClick={() => {
                            onResendInvite(user);
                          }}
                        >
                          <IconMailForward size={18} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                    )}
                    <Tooltip label={t('users.rename', { name: user.displayName })}>
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('users.rename', { name: user.displayName })}
                        onClick={() => {
                          onRename(user);
                        }}
                      >
                        <IconPencil size={18} aria-hidden />
                      </ActionIcon>
                    </Tooltip>
                    {user.twoFactorEnabled && !isSelf && (
                      <Tooltip label={t('users.resetTwoFactor.open', { name: user.displayName })}>
                        <ActionIcon
                          variant="subtle"
                          color="orange"
                          aria-label={t('users.resetTwoFactor.open', { name: user.displayName })}
                          onClick={() => {
                            onResetTwoFactor(user);
                          }}
                        >
                          <IconShieldOff size={18} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                    )}
                    <Tooltip label={isSelf ? t('users.cannotDeleteSelf') : t('users.delete', { name: user.displayName })}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('users.delete', { name: user.displayName })}
                        onClick={() => {
                          onDelete(user);
                        }}
                        disabled={isSelf}
                      >
                        <IconTrash size={18} aria-hidden />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
