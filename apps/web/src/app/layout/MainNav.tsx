import { NavLink, Stack } from '@mantine/core';
import {
  IconCalendarEvent,
  IconChartBar,
  IconFileText,
  IconHistory,
  IconListDetails,
  IconMap2,
  IconSettings,
  IconUserCircle,
  IconUserSearch,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, useLocation } from 'react-router';
import type { Role } from '../../api/types';
import { navItemsForRole, type NavItemId } from '../navigation';

const ICONS: Record<NavItemId, Icon> = {
  book: IconCalendarEvent,
  myBookings: IconListDetails,
  colleagues: IconUserSearch,
  floorPlans: IconMap2,
  analytics: IconChartBar,
  users: IconUsers,
  settings: IconSettings,
  notice: IconFileText,
  audit: IconHistory,
  account: IconUserCircle,
};

interface MainNavProps {
  role: Role;
  onNavigate?: () => void;
}

export function MainNav({ role, onNavigate }: MainNavProps) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <Stack component="nav" aria-label={t('nav.main')} gap={4}>
      {navItemsForRole(role).map((item) => {
        const ItemIcon = ICONS[item.id];
        const active = pathname === item.path || pathname.startsWith(`${item.path}/`);
        return (
          <NavLink
            key={item.id}
            component={RouterNavLink}
            to={item.path}
            label={t(`nav.${item.id}`)}
            leftSection={<ItemIcon size={18} aria-hidden />}
            active={active}
            aria-current={active ? 'page' : undefined}
            onClick={onNavigate}
          />
        );
      })}
    </Stack>
  );
}
