import type { Locator, Page } from '@playwright/test';
import { buildCsp } from '../../scripts/csp.mjs';
import { expect, test } from './fixtures';
import { accounts, gotoApp, mainNav, type Role } from './helpers';
import { corpus, urlPayloads, type Payload } from './xss/corpus';
import { installDetector, type Detector } from './xss/detector';
import { plantCorpus, XSS_ARTICLE } from './xss/seed';

/**
 * Every payload of the corpus, planted in the demo server, goes through every view that shows
 * untrusted or stored text. Nothing may run: no `__xss(n)` call, no dialog, no CSP violation (the
 * fixture), and nothing left in the DOM that would run later.
 */

test.describe.configure({ mode: 'parallel' });
// Each test walks many views with hundreds of planted records on a shared two-core machine.
test.setTimeout(480_000);
const SLOW = { timeout: 90_000 };

/** Plants the corpus on the sign-in page, so the first requests of the signed-in app already see it. */
async function signInOverCorpus(page: Page, role: Role, payloads: readonly Payload[] = corpus) {
  await gotoApp(page, '/sign-in');
  await plantCorpus(page, payloads, urlPayloads);
  await page.getByRole('button', { name: new RegExp(accounts[role].name) }).click();
  await expect(mainNav(page)).toBeVisible(SLOW);
}

/** Client-side navigation: one page load carries many views. */
async function go(page: Page, path: string) {
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await expect(page).toHaveURL((url) => `${url.pathname}${url.search}` === path, SLOW);
}

async function expectClean(detector: Detector, findings: string[]) {
  expect(detector.runs, 'payloads that ran').toEqual([]);
  expect(detector.dialogs, 'dialogs opened').toEqual([]);
  expect([...new Set(findings)], 'what would run later').toEqual([]);
}

/** Scrolls a virtual list to its end, scanning each screenful; returns the row ids it met. */
async function scrollThrough(page: Page, detector: Detector, rows: Locator, where: string, findings: string[]) {
  const seen = new Set<string>();
  for (let step = 0; step < 400; step++) {
    for (const id of await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-comment-id') ?? ''))) seen.add(id);
    findings.push(...(await detector.scan(where)));
    const done = await rows.first().evaluate((el) => {
      let box: HTMLElement | null = el.parentElement;
      while (box && !/(auto|scroll)/.test(getComputedStyle(box).overflowY)) box = box.parentElement;
      if (!box) return true;
      const end = box.scrollTop + box.clientHeight >= box.scrollHeight - 2;
      box.scrollTop += box.clientHeight * 0.8;
      return end;
    });
    if (done) break;
    await page.waitForTimeout(60);
  }
  return seen;
}

test('positive control: the detector sees a payload run, a CSP violation and what is left in the DOM', async ({ page, context, guard }) => {
  guard.allowPageErrors(/./);
  const detector = await installDetector(context, page);
  // The dialog first: `<plaintext>` turns everything after it into text.
  const markup = `<img src=x onerror="alert('control')">${corpus.map((p) => `<div>${p.text}</div>`).join('')}`;
  const shell = '<!doctype html><html><head><title>control</title></head><body><div id="root"></div></body></html>';
  const csp = buildCsp({ api: { adapter: 'rest', baseUrl: '/api' }, demo: true });
  await page.route('**/xss-control/**', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: shell,
      headers: route.request().url().includes('/strict') ? { 'Content-Security-Policy': csp } : {},
    }),
  );
  const inject = () => page.evaluate((html) => void (document.getElementById('root')!.innerHTML = html), markup);

  // Without the sanitiser and without the policy, the corpus runs, and the detector sees it.
  await page.goto('/xss-control/open');
  await inject();
  await expect.poll(() => new Set(detector.runs).size, { message: 'payloads that ran unsanitised' }).toBeGreaterThan(20);
  await expect.poll(() => detector.dialogs.length).toBeGreaterThan(0);
  expect((await detector.scan('control')).some((f) => /has onerror=/.test(f))).toBe(true);

  // Under the policy the same markup runs nothing, and every attempt is reported as a violation.
  detector.runs.length = 0;
  detector.dialogs.length = 0;
  await page.goto('/xss-control/strict');
  await inject();
  await expect.poll(() => guard.cspViolations.length, { message: 'CSP violations reported' }).toBeGreaterThan(20);
  expect(guard.cspViolations.some((v) => /^script-src/.test(v))).toBe(true);
  expect(detector.runs, 'payloads that ran despite the policy').toEqual([]);
  expect(detector.dialogs).toEqual([]);
  // Provoked on purpose: the fixture would otherwise fail this test for them.
  guard.cspViolations.length = 0;
});

test('comments: text, commenter name, e-mail and URL in the queue, the thread and the commenter view', async ({ page, context }) => {
  const detector = await installDetector(context, page);
  const findings: string[] = [];
  await signInOverCorpus(page, 'moderator');

  await go(page, `/comments?article=${XSS_ARTICLE}`);
  const rows = page.locator('[data-comment-id^="xss-c-"]');
  // Shown as text: the payload is on screen, verbatim.
  await expect(rows.first()).toContainText(corpus[0].text, SLOW);
  const seen = await scrollThrough(page, detector, rows, 'queue', findings);
  expect(seen.size, 'comments the queue showed').toBe(corpus.length);

  // The reported queue shows the same rows with their report badges.
  await go(page, `/comments?queue=reported&article=${XSS_ARTICLE}`);
  await expect(rows.first()).toBeVisible();
  findings.push(...(await detector.scan('reported queue')));

  // The thread: every comment answers the first one.
  await go(page, `/comments?article=${XSS_ARTICLE}`);
  await rows.first().getByRole('button', { name: 'Xem luồng', exact: true }).click();
  const thread = page.getByRole('dialog');
  await expect(thread).toContainText(corpus[corpus.length - 1].text);
  findings.push(...(await detector.scan('thread')));
  await page.keyboard.press('Escape');
  await expect(thread).toHaveCount(0);

  // The commenter: everything from the same IP.
  await rows.first().locator('[id^="comment-author-"]').click();
  const drawer = page.getByRole('dialog');
  await expect(drawer).toContainText(corpus[0].text);
  await drawer.getByText('Theo địa chỉ IP', { exact: true }).click();
  await expect(drawer.getByText(corpus[1].text, { exact: true }).first()).toBeVisible();
  findings.push(...(await detector.scan('commenter')));

  await expectClean(detector, findings);
});
