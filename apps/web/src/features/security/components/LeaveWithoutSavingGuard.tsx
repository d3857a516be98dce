import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { useMarkRecoveryCodesUnsaved } from '../../../lib/unsaved-recovery-codes';

/**
 * While the recovery codes are on screen and not confirmed as saved, leaving the page (a link, the back
 * button, closing the tab) asks first: the codes are never shown again. "Log out" asks too
 * (useLogOutAndLeave reads the same state).
 */
export function LeaveWithoutSavingGuard({ active }: { active: boolean }) {
  const { t } = useTranslation();
  const blocker = useBlocker(active);
  useMarkRecoveryCodesUnsaved(active);

  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
    };
  }, [active]);

  const stay = () => {
    blocker.reset?.();
  };
  return (
    <Modal opened={blocker.state === 'blocked'} onClose={stay} title={t('security.twoFactor.recoveryCodes.leave.title')}>
      <Stack gap="md">
        <Text size="sm">{t('security.twoFactor.recoveryCodes.leave.body')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={stay} data-autofocus>
            {t('security.twoFactor.recoveryCodes.leave.stay')}
          </Button>
          <Button color="red" onClick={() => blocker.proceed?.()}>
            {t('security.twoFactor.recoveryCodes.leave.leave')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
