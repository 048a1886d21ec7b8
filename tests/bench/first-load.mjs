// What the browser downloads (JS + CSS, gzip) before the sign-in page is usable, and before the
// dashboard is usable after signing in, for each role. The demo's MSW code and its service worker
// are counted apart, and so are the dashboard's charts: they load once the figures are in, and the
// same figures are on screen without them (counts and a table), so the dashboard is usable before.
// So are the toast container and the sign-in dialog of an expired session: each page fetches them
// once it is idle, for the moment a toast or a 401 comes, and nothing on screen waits for them.
// The editor must not be downloaded at all.
import { check, metric } from './lib/metric.mjs';
import { containsEditorCode, demoFiles, editorChunks, filesOf, sizeOf, staticClosure } from './lib/bundle.mjs';
import { recordRequests } from './lib/network.mjs';

export const description = 'First-load JS+CSS (gzip) before the sign-in page and the dashboard are usable';

const BUDGET_BYTES = 200_000; // 200 kB
const SERVICE_WORKERS = ['demo-worker.js', 'mockServiceWorker.js'];
const ACCOUNTS = [
  { role: 'reporter', username: 'phongvien' },
  { role: 'editor_in_chief', username: 'tongbientap' },
  { role: 'moderator', username: 'kiemduyet' },
];

const kB = (bytes) => Math.round(bytes / 100) / 10;

/** Lazy modules that enhance a page already usable without them (see the note at the top). */
const AFTER_USABLE = [/^src\/features\/dashboard\/[^/]*chart[^/]*\.tsx$/, /^src\/app\/notifications-host\.tsx$/, /^src\/features\/auth\/sign-in-dialog\.tsx$/];

/** Files only the after-usable modules need; what the requested app chunks also import stays counted. */
function afterUsableFiles(manifest, requested) {
  const roots = Object.keys(manifest).filter((k) => manifest[k].isDynamicEntry && AFTER_USABLE.some((re) => re.test(k)));
  const others = Object.entries(manifest)
    .filter(([k, c]) => !roots.includes(k) && (c.isEntry || c.isDynamicEntry) && requested.has(c.file))
    .map(([k]) => k);
  const needed = filesOf(manifest, staticClosure(manifest, others));
  return new Set([...filesOf(manifest, staticClosure(manifest, roots))].filter((f) => !needed.has(f)));
}

function tally(ctx, paths) {
  const files = paths
    .map((p) => decodeURIComponent(p).replace(/^\//, ''))
    .filter((f) => /\.(m?js|css)$/.test(f));
  const demo = demoFiles(ctx.manifest, new Set(files));
  const later = afterUsableFiles(ctx.manifest, new Set(files));
  const rows = files.map((file) => {
    const kind = SERVICE_WORKERS.includes(file) || demo.has(file) ? 'demo' : later.has(file) ? 'after-usable' : 'app';
    return { file, kind, ...sizeOf(ctx.distDir, file) };
  });
  const sum = (kind) => rows.filter((r) => r.kind === kind).reduce((s, r) => s + r.gzip, 0);
  return { rows, app: sum('app'), demo: sum('demo'), later: sum('after-usable') };
}

async function measureRole(ctx, browser, account) {
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', viewport: { width: 1280, height: 800 } });
  const net = recordRequests(context);
  const page = await context.newPage();

  net.setPhase('sign-in');
  await page.goto(ctx.baseURL, { waitUntil: 'domcontentloaded' });
  const username = page.getByLabel('Tên đăng nhập');
  const submit = page.getByRole('button', { name: 'Đăng nhập', exact: true });
  await username.waitFor({ state: 'visible', timeout: 20_000 });
  await submit.waitFor({ state: 'visible' });
  const signInMs = await page.evaluate(() => performance.now());
  await net.quiet();

  net.setPhase('dashboard');
  const clickedAt = await page.evaluate(() => performance.now());
  await username.fill(account.username);
  await page.getByLabel('Mật khẩu').fill('demo');
  await submit.click();
  await page.waitForURL((url) => url.pathname === '/', { timeout: 20_000 });
  await page.getByRole('navigation').getByRole('link', { name: 'Tổng quan' }).waitFor({ state: 'visible', timeout: 20_000 });
  await page.getByRole('main').getByRole('heading').first().waitFor({ state: 'visible', timeout: 20_000 });
  const dashboardMs = (await page.evaluate(() => performance.now())) - clickedAt;
  await net.quiet();

  const signIn = tally(ctx, net.pathsUpTo(['sign-in']));
  const dashboard = tally(ctx, net.pathsUpTo(['sign-in', 'dashboard']));
  await context.close();
  return { role: account.role, signIn, dashboard, signInMs, dashboardMs };
}

export async function run(ctx) {
  const browser = await ctx.launch();
  const runs = [];
  for (const account of ACCOUNTS) {
    const r = await measureRole(ctx, browser, account);
    ctx.log(
      `${r.role}: sign-in ${kB(r.signIn.app)} kB, dashboard ${kB(r.dashboard.app)} kB (apart: demo code ${kB(r.dashboard.demo)} kB, after usable ${kB(r.dashboard.later)} kB)`,
    );
    runs.push(r);
  }

  const editor = editorChunks(ctx.manifest);
  const downloaded = new Set(runs.flatMap((r) => r.dashboard.rows.filter((row) => row.kind === 'app').map((row) => row.file)));
  const editorLeaks = [...downloaded].filter((f) => editor.has(f) || containsEditorCode(ctx.distDir, f));

  const signIn = runs[0].signIn;
  const metrics = [
    metric('sign-in usable: JS+CSS gzip', kB(signIn.app), 'kB', { max: BUDGET_BYTES / 1000 }),
    ...runs.map((r) => metric(`dashboard usable (${r.role}): JS+CSS gzip`, kB(r.dashboard.app), 'kB', { max: BUDGET_BYTES / 1000 })),
    check('editor code not downloaded', editorLeaks.length === 0, editorLeaks.length ? editorLeaks.join(', ') : 'none'),
    metric('demo code (MSW, not counted)', kB(Math.max(...runs.map((r) => r.dashboard.demo))), 'kB'),
    metric('charts, toasts, sign-in dialog: after usable (not counted)', kB(Math.max(...runs.map((r) => r.dashboard.later))), 'kB'),
    metric('sign-in usable after (cold start)', Math.round(runs[0].signInMs), 'ms'),
    ...runs.map((r) => metric(`dashboard usable after sign-in (${r.role})`, Math.round(r.dashboardMs), 'ms')),
  ];
  const files = (t) => t.rows.map(({ file, kind, raw, gzip }) => ({ file, kind, raw, gzip }));
  return {
    metrics,
    details: {
      budgetBytes: BUDGET_BYTES,
      gzip: 'node:zlib gzipSync, default level, per file as served from dist/',
      signIn: { appBytes: signIn.app, demoBytes: signIn.demo, files: files(signIn) },
      dashboards: Object.fromEntries(
        runs.map((r) => [r.role, { appBytes: r.dashboard.app, demoBytes: r.dashboard.demo, afterUsableBytes: r.dashboard.later, files: files(r.dashboard) }]),
      ),
    },
  };
}
