import { defineConfig } from '@playwright/test';
import { assertChromium, CHROMIUM_ARGS } from './tests/e2e/chromium.mjs';
import { API_PORT, API_SITE_PORT, DEMO_URL, PORT } from './tests/e2e/servers';

// Ports: tests/e2e/servers.ts (E2E_PORT and the ones that follow it).
const baseURL = DEMO_URL;
// E2E_DIST serves another build than dist/ (two runs on one machine side by side).
const DIST = process.env.E2E_DIST || 'dist';
// The build pointed at the HTTP API: a copy of DIST, one per port so two runs do not share it.
const API_DIST = `.e2e/api-site-${API_SITE_PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // Two cores: more workers only make every test slower.
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  // A cold start seeds the demo newsroom in the page before anything shows; two cores, two workers.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  use: {
    baseURL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    // Recording a trace doubles the time of every test on two cores: record the retry of a failure.
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        // Debian's Chromium, never a downloaded browser.
        launchOptions: { executablePath: assertChromium(), args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: [
    // The built app, as it ships: `npm run build` first (tests/e2e/run.mjs does when dist/ is missing).
    {
      command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${DIST}`,
      url: baseURL,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    // One newsroom over HTTP that several browser contexts share (two people at once: lock.spec.ts),
    // and the build served with `"demo": false` against it. Started in the background of the run
    // (ready as soon as it says it is starting; the specs that use it wait with `apiSiteReady`).
    {
      command: `"${process.execPath}" tests/e2e/api-site.mjs ${DIST} ${API_DIST} ${API_PORT} ${API_SITE_PORT}`,
      wait: { stdout: /api-site: starting/ },
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
