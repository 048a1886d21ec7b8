// `npm run test:e2e`: refuse to run without Chromium, build when there is nothing to serve,
// then hand over to Playwright (extra arguments pass through: `npm run test:e2e -- -g "404"`).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { assertChromium } from './chromium.mjs';

try {
  assertChromium();
} catch (error) {
  console.error(`\n${error.message}\n`);
  process.exit(1);
}

const run = (cmd, args) => {
  const { status, signal } = spawnSync(cmd, args, { stdio: 'inherit' });
  return signal ? 1 : (status ?? 1);
};

const dist = process.env.E2E_DIST || 'dist';
if (!existsSync(`${dist}/index.html`)) {
  console.log(`${dist}/ is missing: building the app first.`);
  const code = run('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir']);
  if (code !== 0) process.exit(code);
}

process.exit(run('npx', ['playwright', 'test', ...process.argv.slice(2)]));
