import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { hasErrorCode } from '../../../api/api-error';
import { errorMessageKey } from '../../../api/error-messages';
import type { SignInSession } from '../../../api/types';
import { useRevokeSession } from './useSignInSessions';

/** Asks before signing a device out, naming it. */
export function useConfirmRevokeSession() {
  const { t } = useTranslation();
  const revoke = useRevokeSession();

  const confirm = (session: SignInSession, device: string) =>
    modals.openConfirmModal({
      title: t('security.sessions.revokeModal.title', { device }),
      children: <Text size="sm">{t('security.sessions.revokeModal.body', { device })}</Text>,
      labels: { confirm: t('security.sessions.revokeModal.confirm'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        revoke.mutate(session.id, {
          onSuccess: () => {
            notifications.show({ color: 'green', message: t('security.sessions.revoked', { device }) });
          },
          onError: (error) => {
            // Already ended (expired, or signed out meanwhile): the refreshed list shows it is gone.
            if (hasErrorCode(error, 'NOT_FOUND')) {
              notifications.show({ color: 'blue', message: t('security.sessions.alreadyEnded', { device }) });
              return;
            }
            notifications.show({
              color: 'red',
              title: t('security.sessions.revokeFailed', { device }),
              message: t(errorMessageKey(error)),
            });
          },
        });
      },
    });

  return { confirm, revokingId: revoke.isPending ? revoke.variables : null };
}
