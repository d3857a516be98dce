import { Box, Container, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { Outlet } from 'react-router';
import { LanguageSwitch } from '../../features/account/components/LanguageSwitch';
import { ProductName } from './ProductName';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';

interface PublicLayoutProps {
  children?: ReactNode;
  /** Width of the centred column. */
  size?: number;
  /** Shown in the header next to the language switch (e.g. "Log out" on the enrolment screen). */
  headerActions?: ReactNode;
}

/** Frame of the signed-out pages (and the enrolment screen): product name and language switch, the form centred below. */
export function PublicLayout({ children, size = 460, headerActions }: PublicLayoutProps) {
  return (
    <Box mih="100vh" bg="var(--mantine-color-gray-0)">
      <SkipLink />
      <Box
        component="header"
        px="md"
        py="sm"
        bg="var(--mantine-color-body)"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Group justify="space-between">
          <ProductName />
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            {headerActions}
          </Group>
        </Group>
      </Box>
      <Container component="main" id={MAIN_CONTENT_ID} size={size} py={48} tabIndex={-1}>
        {children ?? <Outlet />}
      </Container>
    </Box>
  );
}
