import { createTheme, DEFAULT_THEME, localStorageColorSchemeManager, mergeThemeOverrides, type CSSVariablesResolver, type MantineColorScheme } from '@mantine/core';

export const COLOR_SCHEME_KEY = 'newsroom.colorScheme';

export const colorSchemeManager = localStorageColorSchemeManager({ key: COLOR_SCHEME_KEY });

export const theme = createTheme({
  primaryColor: 'red',
  // Shade 9 keeps white text on filled buttons and badges at 4.5:1 or more (WCAG AA), in both schemes.
  primaryShade: { light: 9, dark: 9 },
  defaultRadius: 'md',
  // System fonts all carry Vietnamese glyphs; a web font would cost download budget.
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", Arial, sans-serif',
  headings: { fontWeight: '700' },
  components: {
    // A closed select's options are not kept in the page: a mounted dropdown is positioned by
    // floating-ui as the page mounts, which measures the whole page synchronously (hundreds of
    // milliseconds of blocked main thread on the articles list, four selects).
    Combobox: { defaultProps: { keepMounted: false } },
    // Tables too wide for a phone scroll sideways natively: Mantine's ScrollArea measures the
    // table as it mounts, and the articles list has one on every visit.
    TableScrollContainer: { defaultProps: { type: 'native' } },
  },
});

/**
 * The theme in the interface language: Mantine's close buttons (modals, drawers, alerts,
 * notifications) have only an icon, so each gets a name unless its host gives it one.
 */
export const themeFor = (closeLabel: string) =>
  mergeThemeOverrides(theme, { components: { CloseButton: { defaultProps: { 'aria-label': closeLabel } } } });

/** White text on shade 9 of these is under 4.5:1; their filled buttons and badges are darkened. */
const PALE_FILLS = ['green', 'lime', 'yellow', 'orange'];

/**
 * Text colours that reach 4.5:1 (WCAG AA) where Mantine's defaults do not: the "dimmed" grey, error
 * text, and in light mode the text of light badges and alerts and of `c="<colour>"` (shade 9 of
 * yellow, orange, lime or green is too pale on white or on its own tint, so it is darkened).
 */
export const cssVariablesResolver: CSSVariablesResolver = () => {
  const light: Record<string, string> = {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  };
  for (const name of Object.keys(DEFAULT_THEME.colors)) {
    light[`--mantine-color-${name}-light-color`] = `color-mix(in srgb, var(--mantine-color-${name}-9) 65%, black)`;
    light[`--mantine-color-${name}-text`] = `color-mix(in srgb, var(--mantine-color-${name}-9) 75%, black)`;
  }
  const dark: Record<string, string> = { '--mantine-color-dimmed': 'var(--mantine-color-dark-1)', '--mantine-color-error': 'var(--mantine-color-red-4)' };
  for (const name of PALE_FILLS) {
    for (const scheme of [light, dark]) {
      scheme[`--mantine-color-${name}-filled`] = `color-mix(in srgb, var(--mantine-color-${name}-9) 75%, black)`;
      scheme[`--mantine-color-${name}-filled-hover`] = `color-mix(in srgb, var(--mantine-color-${name}-9) 65%, black)`;
    }
  }
  return { variables: {}, light, dark };
};

/**
 * Sets the remembered color scheme on <html> before the first render, so a dark-mode user does not
 * see a light flash. Mantine's own script for this is inline, which the CSP forbids.
 */
export function applyStoredColorScheme(): void {
  const stored = colorSchemeManager.get('light') as MantineColorScheme;
  const resolved =
    stored === 'auto' ? (window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light') : stored;
  document.documentElement.setAttribute('data-mantine-color-scheme', resolved);
}

/**
 * What every MantineProvider of the app is given besides its theme. The provider writes every theme
 * variable itself (`deduplicateCssVariables: false`), so Mantine's default-css-variables.css is not
 * downloaded (src/app/mantine-styles.ts).
 */
export const providerSettings = { cssVariablesResolver, colorSchemeManager, deduplicateCssVariables: false } as const;
