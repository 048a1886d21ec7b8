import { defineConfig } from '@playwright/test';
import { assertChromium, CHROMIUM_ARGS } from '../e2e/chromium.mjs';
import { APP_DIR, APP_PORT, RESULTS_DIR } from './app-dir';

// The app as it ships, configured for the harness WordPress: run.sh copies dist/ to APP_DIR and
// writes its config.json, so the main suite's dist/ (demo backend) is never touched.
const baseURL = `http://127.0.0.1:${APP_PORT}`;

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  // Apart from the main suite's test-results/, which its runs clear.
  outputDir: RESULTS_DIR,
  // The specs share one WordPress and follow one article through its life: strictly in order.
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Each spec signs in cold and walks a whole screen; on a loaded two-core machine that nears two minutes.
  timeout: 240_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  use: {
    baseURL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        launchOptions: { executablePath: assertChromium(), args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${APP_PORT} --strictPort --outDir ${APP_DIR}`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
