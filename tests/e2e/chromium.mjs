// One place for how the suites start Debian's Chromium: the e2e config, its runner and the benchmarks.
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/** Throws with the install command when the browser is missing: the suites never skip silently. */
export function assertChromium() {
  if (existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
  throw new Error(
    `Chromium not found at ${CHROMIUM_PATH}.\n` +
      'The end-to-end tests and benchmarks run in Debian\'s Chromium; install it with:\n\n' +
      '    apt-get install -y chromium\n\n' +
      '(or set CHROMIUM_PATH to another Chromium binary).',
  );
}
