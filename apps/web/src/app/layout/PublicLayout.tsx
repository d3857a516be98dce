import { Box, Container, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { Outlet } from 'react-router';
import { LanguageSwitch } from '../../features/account/components/LanguageSwitch';
import { ProductName } from './ProductName';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';

/** Frame of the signed-out pages: product name and language switch, the form centred below. */
export function PublicLayout({ children }: { children?: ReactNode }) {
  return (
    <Box mih="100vh" bg="var(--mantine-color-gray-0)">
      <SkipLink />
      <Box component="header" px="md" py="sm" bg="var(--mantine-color-body)" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Group justify="space-between">
          <ProductName />
          <LanguageSwitch />
        </Group>
      </Box>
      <Container component="main" id={MAIN_CONTENT_ID} size={460} py={48} tabIndex={-1}>
        {children ?? <Outlet />}
      </Container>
    </Box>
  );
}
