import { createTheme, type CSSVariablesResolver, type MantineThemeOverride } from '@mantine/core';
import type { TFunction } from 'i18next';

/**
 * The Mantine theme, with the names of the icon-only buttons Mantine draws itself (dialog, drawer and
 * toast close buttons) in the interface language, so every one of them has an accessible name.
 */
export function createAppTheme(t: TFunction): MantineThemeOverride {
  const closeButtonProps = { 'aria-label': t('common.close') };
  return createTheme({
    primaryColor: 'indigo',
    // Shade 8: white text on a filled button and indigo text on white both reach 4.5:1 (shade 6: 4.3:1).
    primaryShade: { light: 8, dark: 8 },
    defaultRadius: 'md',
    // Focus rings for keyboard users only (":focus-visible"), never hidden.
    focusRing: 'auto',
    fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
    components: {
      Modal: { defaultProps: { closeButtonProps } },
      Drawer: { defaultProps: { closeButtonProps } },
      Notification: { defaultProps: { closeButtonProps } },
      // A table wider than a phone scrolls sideways; keyboard users need to reach it to scroll it.
      TableScrollContainer: { defaultProps: { type: 'native', tabIndex: 0 } },
    },
  });
}

/** "Dimmed" secondary text: Mantine's gray.6 reaches only 3.3:1 on white, gray.7 reaches 8:1. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});
