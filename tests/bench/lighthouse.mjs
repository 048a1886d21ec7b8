// Lighthouse 12 (desktop preset) on the sign-in page, the dashboard and the articles list of the
// production build, as the bench serves it (demo config: the mock backend boots in the page). The
// dashboard and list are audited in the very tab that signed in, storage kept.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { audit, launchForLighthouse } from './lib/lighthouse-audit.mjs';
import { metric } from './lib/metric.mjs';

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

export async function run(ctx) {
  const browser = await launchForLighthouse();
  const reports = {};
  try {
    const page = await browser.newPage();
    for (const target of PAGES) {
      if (target.signedIn && !reports.signedIn) {
        await signIn(page, ctx.baseURL);
        reports.signedIn = true;
      }
      const r = await audit(page, `${ctx.baseURL}${target.path}`);
      const f = r.figures;
      ctx.log(
        `${target.name}: perf ${r.scores.performance}, a11y ${r.scores.accessibility}, best practices ${r.scores['best-practices']}` +
          ` (FCP ${f.FCP.text}, LCP ${f.LCP.text}, TBT ${f.TBT.text}, CLS ${f.CLS.text}, SI ${f.SI.text})`,
      );
      for (const [category, list] of Object.entries(r.losses))
        for (const loss of list.slice(0, 5)) ctx.log(`    ${category}: ${loss.id} (${loss.score})${loss.value ? ` ${loss.value}` : ''}`);
      reports[target.name] = r;
    }
  } finally {
    await browser.close();
  }
  delete reports.signedIn;

  mkdirSync('.bench', { recursive: true });
  writeFileSync(join('.bench', 'lighthouse.json'), `${JSON.stringify(reports, null, 2)}\n`);

  const metrics = PAGES.flatMap(({ name }) => [
    ...Object.entries(BUDGETS).map(([category, budget]) => metric(`${name}: ${category}`, reports[name].scores[category], '', budget)),
    metric(`${name}: LCP`, Math.round(reports[name].figures.LCP.value), 'ms'),
    metric(`${name}: TBT`, Math.round(reports[name].figures.TBT.value), 'ms'),
  ]);
  return { metrics, details: { preset: 'desktop', lighthouse: '12.2.3', reports: '.bench/lighthouse.json', pages: reports } };
}
