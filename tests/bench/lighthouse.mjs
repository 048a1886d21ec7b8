// Lighthouse 12 (desktop preset) on the sign-in page, the dashboard and the articles list of the
// production build, twice:
// - as deployed: the same build with `"demo": false`, pointed at the REST contract served over HTTP
//   (`scripts/api-server.ts`, the demo's data). The budgets apply here.
// - as the embedded demo: the whole mock backend boots in the page (MSW, the store read back from
//   IndexedDB) before anything shows; its figures are reported, not held to the budgets, since no
//   deployment runs its API inside the reader's tab.
// The dashboard and list are audited in the very tab that signed in, storage kept.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { audit, launchForLighthouse } from './lib/lighthouse-audit.mjs';
import { metric } from './lib/metric.mjs';
import { deployedAgainstApi } from './lib/server.mjs';

export const description = 'Lighthouse (desktop): performance ≥ 95, accessibility = 100, best practices ≥ 95 per page';

const BUDGETS = { performance: { min: 95 }, accessibility: { min: 100 }, 'best-practices': { min: 95 } };
const ACCOUNT = { username: 'tongbientap', password: 'demo' };
const PAGES = [
  { name: 'sign-in', path: '/sign-in', signedIn: false },
  { name: 'dashboard', path: '/', signedIn: true },
  { name: 'articles list', path: '/articles', signedIn: true },
];

async function signIn(page, baseURL) {
  await page.goto(`${baseURL}/sign-in`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('input[autocomplete="username"], input[name="username"]', { visible: true, timeout: 45_000 });
  await page.type('input[autocomplete="username"], input[name="username"]', ACCOUNT.username);
  await page.type('input[type="password"]', ACCOUNT.password);
  await page.keyboard.press('Enter');
  await page.waitForSelector('nav a[href="/articles"]', { visible: true, timeout: 45_000 });
}

async function auditPages(ctx, baseURL, mode) {
  const browser = await launchForLighthouse();
  const reports = {};
  try {
    const page = await browser.newPage();
    let signedIn = false;
    for (const target of PAGES) {
      if (target.signedIn && !signedIn) {
        await signIn(page, baseURL);
        signedIn = true;
      }
      const r = await audit(page, `${baseURL}${target.path}`);
      const f = r.figures;
      ctx.log(
        `${mode} · ${target.name}: perf ${r.scores.performance}, a11y ${r.scores.accessibility}, best practices ${r.scores['best-practices']}` +
          ` (FCP ${f.FCP.text}, LCP ${f.LCP.text}, TBT ${f.TBT.text}, CLS ${f.CLS.text}, SI ${f.SI.text})` +
          `, forced style recalcs ${r.forcedStyle.count} (${r.forcedStyle.ms} ms)`,
      );
      for (const where of r.forcedStyle.where) ctx.log(`    forced style recalc: ${where}`);
      for (const [category, list] of Object.entries(r.losses))
        for (const loss of list.slice(0, 5)) ctx.log(`    ${category}: ${loss.id} (${loss.score})${loss.value ? ` ${loss.value}` : ''}`);
      reports[target.name] = r;
    }
  } finally {
    await browser.close();
  }
  return reports;
}

export async function run(ctx) {
  const deployed = await deployedAgainstApi(ctx.distDir, join('.bench', 'dist-api'), ctx.port + 20);
  let reports;
  try {
    reports = { api: await auditPages(ctx, deployed.baseURL, 'api') };
  } finally {
    deployed.stop();
  }
  reports.demo = await auditPages(ctx, ctx.baseURL, 'demo');

  mkdirSync('.bench', { recursive: true });
  writeFileSync(join('.bench', 'lighthouse.json'), `${JSON.stringify(reports, null, 2)}\n`);

  const metrics = PAGES.flatMap(({ name }) => [
    ...Object.entries(BUDGETS).map(([category, budget]) => metric(`${name}: ${category}`, reports.api[name].scores[category], '', budget)),
    metric(`${name}: LCP`, Math.round(reports.api[name].figures.LCP.value), 'ms'),
    metric(`${name}: TBT`, Math.round(reports.api[name].figures.TBT.value), 'ms'),
    metric(`${name}: forced style recalcs`, reports.api[name].forcedStyle.count, ''),
    ...Object.keys(BUDGETS).map((category) => metric(`demo · ${name}: ${category}`, reports.demo[name].scores[category], '')),
  ]);
  return { metrics, details: { preset: 'desktop', lighthouse: '12.2.3', reports: '.bench/lighthouse.json', pages: reports } };
}
