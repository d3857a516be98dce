import { AppShell, Burger, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { PageSkeleton } from '../../components/PageSkeleton';
import { LanguageSwitch } from '../../features/account/components/LanguageSwitch';
import { useAccountLanguageSync } from '../../features/account/hooks/useAccountLanguageSync';
import { useSignedInUser } from '../../features/auth/hooks/session';
import { MainNav } from './MainNav';
import { ProductName } from './ProductName';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';
import { UserMenu } from './UserMenu';

/** Frame of the signed-in area: header, role-aware navigation, and the page. */
export function AppShellLayout({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  useAccountLanguageSync(me);

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }} padding="lg">
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger opened={navOpened} onClick={toggleNav} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <ProductName />
            <Text c="dimmed" size="sm" visibleFrom="xs" truncate maw={240}>
              {me.tenantName}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitch />
            <UserMenu me={me} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <MainNav role={me.role} onNavigate={closeNav} />
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1}>
        <Suspense fallback={<PageSkeleton />}>{children ?? <Outlet />}</Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
