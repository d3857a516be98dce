import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessageKey } from '../../../api/error-messages';
import { useRecoveryCodesUnsaved } from '../../../lib/unsaved-recovery-codes';
import { useLogout } from './useLogout';

/**
 * "Log out" as the menu and the enrolment screen offer it: end the session, then show the login page.
 * While recovery codes are on screen and not saved, it asks first: they are never shown again.
 */
export function useLogOutAndLeave() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout();
  const codesUnsaved = useRecoveryCodesUnsaved();
  const logOutNow = () => {
    logout.mutate(undefined, {
      onSuccess: () => void navigate('/login', { replace: true }),
      onError: (error) => notifications.show({ color: 'red', title: t('userMenu.logoutFailed'), message: t(errorMessageKey(error)) }),
    });
  };
  const logOut = () => {
    if (!codesUnsaved) {
      logOutNow();
      return;
    }
    modals.openConfirmModal({
      title: t('security.twoFactor.recoveryCodes.logout.title'),
      children: <Text size="sm">{t('security.twoFactor.recoveryCodes.logout.body')}</Text>,
      labels: { confirm: t('security.twoFactor.recoveryCodes.logout.confirm'), cancel: t('security.twoFactor.recoveryCodes.logout.stay') },
      confirmProps: { color: 'red' },
      onConfirm: logOutNow,
    });
  };
  return { logOut, isPending: logout.isPending };
}
