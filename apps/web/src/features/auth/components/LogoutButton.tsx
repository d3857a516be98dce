import { Button } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLogOutAndLeave } from '../hooks/useLogOutAndLeave';

export function LogoutButton() {
  const { t } = useTranslation();
  const { logOut, isPending } = useLogOutAndLeave();
  return (
    <Button variant="default" size="xs" leftSection={<IconLogout size={16} aria-hidden />} onClick={logOut} loading={isPending}>
      {t('userMenu.logout')}
    </Button>
  );
}
