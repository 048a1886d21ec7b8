import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { providerSettings, theme } from '@/app/theme';

/** `name: value` for each custom property declared under `selector` in `css`. */
function declared(css: string, selector: RegExp): Map<string, string> {
  const found = new Map<string, string>();
  for (const block of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (!block[1].split(',').some((part) => selector.test(part.trim()))) continue;
    for (const [, name, value] of block[2].matchAll(/(--[\w-]+)\s*:\s*([^;]+)/g)) found.set(name, value.trim());
  }
  return found;
}

describe("the theme's CSS variables", () => {
  it('are all written by MantineProvider, so Mantine’s default-css-variables.css need not be downloaded', () => {
    render(
      <MantineProvider theme={theme} {...providerSettings}>
        <p>x</p>
      </MantineProvider>,
    );
    const written = [...document.querySelectorAll('style[data-mantine-styles]')].map((s) => s.textContent ?? '').join('\n');
    const shipped = readFileSync(resolve(__dirname, '../../../node_modules/@mantine/core/styles/default-css-variables.css'), 'utf8');
    const root = /^:root$/;
    const dark = /:root\[data-mantine-color-scheme=['"]?dark['"]?\]/;
    const light = /:root\[data-mantine-color-scheme=['"]?light['"]?\]/;
    for (const selector of [root, dark, light]) {
      const expected = declared(shipped, selector);
      const actual = declared(written, selector);
      expect(expected.size).toBeGreaterThan(10);
      const missing = [...expected.keys()].filter((name) => !actual.has(name));
      expect(missing, `${selector}`).toEqual([]);
    }
  });
});
