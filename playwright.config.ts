import { defineConfig } from '@playwright/test';
import { assertChromium, CHROMIUM_ARGS } from './tests/e2e/chromium.mjs';

// 4173 unless another run on this machine already holds it.
const PORT = Number(process.env.E2E_PORT) || 4173;
const baseURL = `http://127.0.0.1:${PORT}`;
// E2E_DIST serves another build than dist/ (two runs on one machine side by side).
const DIST = process.env.E2E_DIST || 'dist';

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
  // The built app, as it ships: `npm run build` first (tests/e2e/run.mjs does when dist/ is missing).
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${DIST}`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
