import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessageKey } from '../../../api/error-messages';
import { useLogout } from './useLogout';

/** "Log out" as the menu and the enrolment screen offer it: end the session, then show the login page. */
export function useLogOutAndLeave() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout();
  const logOut = () => {
    logout.mutate(undefined, {
      onSuccess: () => void navigate('/login', { replace: true }),
      onError: (error) => notifications.show({ color: 'red', title: t('userMenu.logoutFailed'), message: t(errorMessageKey(error)) }),
    });
  };
  return { logOut, isPending: logout.isPending };
}
