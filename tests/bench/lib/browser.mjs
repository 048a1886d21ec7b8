// Debian's Chromium through playwright-core; the browsers a benchmark opens are closed for it.
import { chromium } from 'playwright-core';
import { assertChromium, CHROMIUM_ARGS } from '../../e2e/chromium.mjs';

export function browserPool() {
  const open = new Set();
  return {
    async launch(extraArgs = []) {
      const browser = await chromium.launch({ executablePath: assertChromium(), args: [...CHROMIUM_ARGS, ...extraArgs] });
      open.add(browser);
      browser.on('disconnected', () => open.delete(browser));
      return browser;
    },
    async closeAll() {
      await Promise.allSettled([...open].map((b) => b.close()));
    },
  };
}
