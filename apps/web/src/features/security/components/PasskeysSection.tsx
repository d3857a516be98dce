import { Alert, Badge, Button, EmptyState, Group, Paper, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconCloud, IconFingerprint, IconInfoCircle, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasErrorCode } from '../../../api/api-error';
import type { Passkey } from '../../../api/types';
import { useErrorMessage } from '../../../api/useErrorMessage';
import { ErrorState } from '../../../components/ErrorState';
import { SectionCard } from '../../../components/SectionCard';
import { TableSkeleton } from '../../../components/TableSkeleton';
import { passkeysSupported } from '../../../lib/webauthn-problem';
import { usePasskeys, useRemovePasskey } from '../hooks/usePasskeys';
import { AddPasskeyModal } from './AddPasskeyModal';
import { RenamePasskeyModal } from './RenamePasskeyModal';

function PasskeyRow({ passkey, onRename, onRemove }: { passkey: Passkey; onRename: () => void; onRemove: () => void }) {
  const { t, i18n } = useTranslation();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  return (
    <Paper withBorder p="sm" component="li">
      <Group justify="space-between" gap="sm">
        <Stack gap={4}>
          <Group gap="xs">
            <IconFingerprint size={18} aria-hidden />
            <Text fw={500} size="sm">
              {passkey.name}
            </Text>
            {passkey.backedUp && (
              <Badge variant="light" color="indigo" size="sm" leftSection={<IconCloud size={12} aria-hidden />}>
                {t('security.passkeys.synced')}
              </Badge>
            )}
          </Group>
          <Text size="xs" c="dimmed">
            {t('security.passkeys.addedOn', { date: date.format(new Date(passkey.createdAt)) })}
            {' · '}
            {passkey.lastUsedAt
              ? t('security.passkeys.lastUsed', { date: date.format(new Date(passkey.lastUsedAt)) })
              : t('security.passkeys.neverUsed')}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button
            size="xs"
            variant="subtle"
            leftSection={<IconPencil size={14} aria-hidden />}
            aria-label={t('security.passkeys.renameLabel', { name: passkey.name })}
            onClick={onRename}
          >
            {t('security.passkeys.rename')}
          </Button>
          <Button
            size="xs"
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={14} aria-hidden />}
            aria-label={t('security.passkeys.removeLabel', { name: passkey.name })}
            onClick={onRemove}
          >
            {t('security.passkeys.remove')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}

/** Asks before removing a passkey, naming it; says why when it is the person's last second factor. */
function useConfirmRemovePasskey() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const remove = useRemovePasskey();
  return (passkey: Passkey) =>
    modals.openConfirmModal({
      title: t('security.passkeys.removeModal.title', { name: passkey.name }),
      children: <Text size="sm">{t('security.passkeys.removeModal.body', { name: passkey.name })}</Text>,
      labels: { confirm: t('security.passkeys.removeModal.confirm'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        remove.mutate(passkey.id, {
          onSuccess: () => {
            notifications.show({ color: 'green', message: t('security.passkeys.removed', { name: passkey.name }) });
          },
          onError: (error) => {
            if (hasErrorCode(error, 'NOT_FOUND')) return; // removed elsewhere; the refreshed list shows it
            notifications.show({
              color: 'red',
              title: t('security.passkeys.removeFailed', { name: passkey.name }),
              message: errorMessage(error),
            });
          },
        });
      },
    });
}

/** The Security page's passkeys: list, add, rename, remove. */
export function PasskeysSection() {
  const { t } = useTranslation();
  const passkeys = usePasskeys();
  const [adding, setAdding] = useState(false);
  const [renaming, setRenaming] = useState<Passkey | null>(null);
  const confirmRemove = useConfirmRemovePasskey();
  const supported = passkeysSupported();

  return (
    <SectionCard title={t('security.passkeys.title')} description={t('security.passkeys.description')}>
      {passkeys.isPending ? (
        <TableSkeleton rows={1} />
      ) : passkeys.isError ? (
        <ErrorState error={passkeys.error} onRetry={() => void passkeys.refetch()} />
      ) : passkeys.data.length === 0 ? (
        <EmptyState
          variant="light"
          icon={<IconFingerprint size={28} aria-hidden />}
          title={t('security.passkeys.empty.title')}
          description={t('security.passkeys.empty.body')}
        />
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('security.passkeys.listLabel')}>
          {passkeys.data.map((passkey) => (
            <PasskeyRow
              key={passkey.id}
              passkey={passkey}
              onRename={() => {
                setRenaming(passkey);
              }}
              onRemove={() => {
                confirmRemove(passkey);
              }}
            />
          ))}
        </Stack>
      )}
      {supported ? (
        <Group>
          <AddPasskeyButton
            onClick={() => {
              setAdding(true);
            }}
          />
        </Group>
      ) : (
        <Alert color="gray" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t('security.passkeys.problem.unsupported')}
        </Alert>
      )}
      {adding && (
        <AddPasskeyModal
          onClose={() => {
            setAdding(false);
          }}
        />
      )}
      {renaming && (
        <RenamePasskeyModal
          passkey={renaming}
          onClose={() => {
            setRenaming(null);
          }}
        />
      )}
    </SectionCard>
  );
}

export function AddPasskeyButton({ onClick, variant = 'light' }: { onClick: () => void; variant?: 'light' | 'filled' | 'default' }) {
  const { t } = useTranslation();
  return (
    <Button variant={variant} leftSection={<IconPlus size={16} aria-hidden />} onClick={onClick}>
      {t('security.passkeys.add')}
    </Button>
  );
}
