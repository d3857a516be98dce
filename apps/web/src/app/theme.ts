import { createTheme, darken, luminance, toRgba, type CSSVariablesResolver, type MantineThemeOverride } from '@mantine/core';
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

/** Mid grey for secondary text and placeholders: 5.8:1 on white (Mantine's gray.6 and gray.5: 3.3:1, 2.1:1). */
const SECONDARY_TEXT = '#5f666d';
/** WCAG AA for text, with a little room for tinted backgrounds that are not exactly the computed tint. */
const TEXT_CONTRAST = 4.7;

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The background of Mantine's "light" variant: shade 6 at 10 % over white. */
function tintOf(shade6: string): string {
  const { r, g, b } = toRgba(shade6);
  const mix = (channel: number) => Math.round(255 - (255 - channel) * 0.1);
  return `rgb(${String(mix(r))}, ${String(mix(g))}, ${String(mix(b))})`;
}

/** Shade 9 of a palette, darkened until text in it reads at 4.5:1 on the palette's light tint. */
export function readableOnTint(palette: readonly string[]): string {
  const background = tintOf(palette[6] ?? '#868e96');
  let color = palette[9] ?? '#212529';
  for (let step = 0; step < 10 && contrast(color, background) < TEXT_CONTRAST; step += 1) color = darken(color, 0.1);
  return color;
}

/**
 * Colours Mantine derives that fall short of WCAG AA on white: dimmed text, placeholders, and the text
 * of light/subtle/outline variants (badges, light buttons), which Mantine draws in shade 6.
 */
export const cssVariablesResolver: CSSVariablesResolver = (theme) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': SECONDARY_TEXT,
    '--mantine-color-placeholder': SECONDARY_TEXT,
    ...Object.fromEntries(
      Object.entries(theme.colors).map(([name, palette]) => [`--mantine-color-${name}-light-color`, readableOnTint(palette)]),
    ),
  },
  dark: {},
});
