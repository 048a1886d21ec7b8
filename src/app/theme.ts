import { createTheme, localStorageColorSchemeManager, type MantineColorScheme } from '@mantine/core';

export const COLOR_SCHEME_KEY = 'newsroom.colorScheme';

export const colorSchemeManager = localStorageColorSchemeManager({ key: COLOR_SCHEME_KEY });

export const theme = createTheme({
  primaryColor: 'red',
  primaryShade: { light: 7, dark: 5 },
  defaultRadius: 'md',
  // System fonts all carry Vietnamese glyphs; a web font would cost download budget.
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", Arial, sans-serif',
  headings: { fontWeight: '700' },
});

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
