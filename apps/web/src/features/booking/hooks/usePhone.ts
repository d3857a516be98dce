import { useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';

/**
 * Whether the screen is phone-sized (Mantine's `sm` breakpoint and below): the Book page then puts the
 * map first, the filters in a drawer, the desk card in a bottom sheet and the list as cards.
 */
export function usePhone(): boolean {
  const theme = useMantineTheme();
  // Read on the first render (not in an effect), so a phone never lays out the desktop page first.
  return useMediaQuery(`(max-width: ${theme.breakpoints.sm})`, false, { getInitialValueInEffect: false }) ?? false;
}
