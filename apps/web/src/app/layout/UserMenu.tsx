import { Avatar, Group, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconDatabase, IconFileText, IconLogout, IconShieldLock, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Me } from '../../api/types';
import { useLogOutAndLeave } from '../../features/auth/hooks/useLogOutAndLeave';
import { MY_DATA_PATH, PRIVACY_PATH, SECURITY_PATH } from '../../lib/paths';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part.charAt(0).toUpperCase())
    .join('');
}

export function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { logOut, isPending } = useLogOutAndLeave();

  return (
    <Menu position="bottom-end" width={220} withinPortal>
      <Menu.Target>
        {/* Named by its content, not aria-label: the name ("Account menu of Anna Schmidt") then contains
            the visible name, and says the same on a phone, where only the initials show. */}
        <UnstyledButton>
          <Group gap="xs" wrap="nowrap">
            <Avatar size="sm" radius="xl" color="indigo" aria-hidden>
              {initials(me.displayName)}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="sm" aria-hidden>
              {me.displayName}
            </Text>
            <VisuallyHidden>{t('userMenu.label', { name: me.displayName })}</VisuallyHidden>
            <IconChevronDown size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{me.email}</Menu.Label>
        <Menu.Item component={Link} to="/account" leftSection={<IconUserCircle size={16} aria-hidden />}>
          {t('userMenu.account')}
        </Menu.Item>
        <Menu.Item component={Link} to={SECURITY_PATH} leftSection={<IconShieldLock size={16} aria-hidden />}>
          {t('userMenu.security')}
        </Menu.Item>
        <Menu.Item component={Link} to={MY_DATA_PATH} leftSection={<IconDatabase size={16} aria-hidden />}>
          {t('userMenu.myData')}
        </Menu.Item>
        <Menu.Item component={Link} to={PRIVACY_PATH} leftSection={<IconFileText size={16} aria-hidden />}>
          {t('userMenu.privacy')}
        </Menu.Item>
        <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={logOut} disabled={isPending}>
          {t('userMenu.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
