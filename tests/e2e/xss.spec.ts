import type { Locator, Page } from '@playwright/test';
import { buildCsp } from '../../scripts/csp.mjs';
import { expect, test } from './fixtures';
import { accounts, gotoApp, mainNav, type Role } from './helpers';
import { corpus, urlPayloads, type Payload } from './xss/corpus';
import { installDetector, type Detector } from './xss/detector';
import type { DemoControls } from '@mocks/browser';
import { articleId, articleTexts, BODY_ARTICLE, COMMENT_GROUPS, commentFields, commentId, flagsOf, plantCorpus, REVIEW_ARTICLE, XSS_ARTICLE } from './xss/seed';

/**
 * Every payload of the corpus, planted in the demo server, goes through every view that shows
 * untrusted or stored text. Nothing may run: no `__xss(n)` call, no dialog, no CSP violation (the
 * fixture), and nothing left in the DOM that would run later. And everything is shown: each payload's
 * text is on screen verbatim, which it would not be had any of it been read as HTML.
 */

test.describe.configure({ mode: 'parallel' });
// Hundreds of payloads through many views, on a shared two-core machine.
test.setTimeout(180_000);
const SLOW = { timeout: 60_000 };

const texts = corpus.map((p) => p.text);
const titles = articleTexts(corpus, urlPayloads);
const comments = Array.from({ length: COMMENT_GROUPS }, (_, k) => commentFields(corpus, k));
const planted = comments.map((c, k) => ({ ...c, flags: flagsOf(c.body, k) }));
/** Planted articles in a status, by their index. */
const plantedIn = (statuses: number[]) => titles.filter((_, k) => statuses.includes(k % 6));

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

/**
 * Which of `wanted` the view under `scope` does not show, read in one pass. `whole`: each must be the
 * entire text of some element (a field shown verbatim, alone); otherwise it must appear in the text.
 */
function missing(scope: Locator, wanted: readonly string[], whole = false): Promise<string[]> {
  return scope.evaluate(
    (root, { wanted, whole }) => {
      if (!whole) {
        const text = root.textContent ?? '';
        return wanted.filter((w) => !text.includes(w));
      }
      const shown = new Set(Array.from(root.querySelectorAll('*'), (el) => el.textContent));
      return wanted.filter((w) => !shown.has(w));
    },
    { wanted: [...wanted], whole },
  );
}

/** Waits until the view under `scope` shows every one of `wanted`, then scans the page. */
async function expectShown(detector: Detector, findings: string[], where: string, scope: Locator, wanted: readonly string[], whole = false) {
  await expect.poll(() => missing(scope, wanted, whole), { message: `${where}: what is not shown`, ...SLOW }).toEqual([]);
  findings.push(...(await detector.scan(where)));
}

function expectClean(detector: Detector, findings: string[]) {
  expect(detector.runs, 'payloads that ran').toEqual([]);
  expect(detector.dialogs, 'dialogs opened').toEqual([]);
  expect([...new Set(findings)], 'what would run later').toEqual([]);
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

test('comments: text, commenter name, e-mail and URL in the queue, the reported queue, the thread and the commenter view', async ({ page, context }) => {
  const detector = await installDetector(context, page);
  const findings: string[] = [];
  await signInOverCorpus(page, 'moderator');
  const fields = comments.flatMap((c) => [c.body, c.authorName, c.email, c.url]);

  // The virtualised queue renders the rows near the screen: read them, scroll, until every field was seen.
  await go(page, `/comments?article=${XSS_ARTICLE}`);
  const feed = page.getByRole('feed');
  await expect(feed.locator(`[data-comment-id="${commentId(0)}"]`)).toBeVisible(SLOW);
  let unseen = [...fields];
  for (let step = 0; step < 20 && unseen.length > 0; step++) {
    const still = new Set(await missing(feed, unseen, true));
    unseen = unseen.filter((f) => still.has(f));
    findings.push(...(await detector.scan(`queue, screen ${step + 1}`)));
    const end = await feed.evaluate((el) => {
      const atEnd = el.scrollTop + el.clientHeight >= el.scrollHeight - 2;
      el.scrollTop += el.clientHeight;
      return atEnd;
    });
    if (end) await expect.poll(() => missing(feed, unseen, true)).toEqual([]);
  }
  expect(unseen, 'comment fields the queue never showed verbatim').toEqual([]);

  // The reported queue: the comments with a report.
  await go(page, `/comments?queue=reported&article=${XSS_ARTICLE}`);
  const reported = comments.filter((_, k) => k % 2 === 1);
  await expectShown(detector, findings, 'reported queue', feed, [reported[0].body, reported[0].authorName, reported[0].email, reported[0].url], true);

  // The thread: every comment answers the first one.
  await go(page, `/comments?article=${XSS_ARTICLE}`);
  await feed.locator(`#comment-row-${commentId(0)}`).getByRole('button', { name: /^Xem luồng thảo luận/ }).click();
  const thread = page.getByRole('dialog');
  await expectShown(detector, findings, 'thread', thread, comments.flatMap((c) => [c.body, c.authorName]), true);
  await page.keyboard.press('Escape');
  await expect(thread).toHaveCount(0);

  // The commenter: name, e-mail, URL, then everything from the same IP.
  await page.locator(`#comment-author-${commentId(0)}`).click();
  const drawer = page.getByRole('dialog');
  await expectShown(detector, findings, 'commenter', drawer, [comments[0].authorName, comments[0].url, comments[0].body], true);
  await expectShown(detector, findings, 'commenter', drawer, [comments[0].email]);
  await drawer.getByText('Theo địa chỉ IP', { exact: true }).click();
  await expectShown(detector, findings, 'commenter by IP', drawer, comments.map((c) => c.body), true);

  expectClean(detector, findings);
});

test('comments: flag highlights, article filter, decisions, a refused decision, a ban, the audit log and the rule preview', async ({ page, context }) => {
  const detector = await installDetector(context, page);
  const findings: string[] = [];
  await signInOverCorpus(page, 'moderator');

  // The article filter lists the planted articles by their titles (a moderator's list has no drafts).
  await go(page, '/comments');
  await page.getByLabel('Bài viết', { exact: true }).click();
  await expectShown(detector, findings, 'article filter', page.getByRole('listbox'), plantedIn([0, 1, 2, 3, 4]), true);
  await page.keyboard.press('Escape');

  // The flagged payload marked in the text, the rule's term on its badge and the find in its title.
  await go(page, `/comments?article=${XSS_ARTICLE}`);
  const feed = page.getByRole('feed');
  const flagged = (k: number) => planted[k].flags[0]!;
  const row = (k: number) => feed.locator(`#comment-row-${commentId(k)}`);
  await expect(row(0)).toBeVisible(SLOW);
  for (const k of [0, 1]) {
    const flag = flagged(k);
    const found = planted[k].body.slice(flag.start, flag.end);
    await expect.poll(() => row(k).locator('mark').allTextContents(), SLOW).toContain(found);
    await expectShown(detector, findings, `flag reason ${k}`, row(k), [`«${flag.term}» · ${k % 2 ? 'Chặn' : 'Nghi vấn'}`], true);
    expect(await row(k).locator('[title^="Khớp: "]').getAttribute('title')).toBe(`Khớp: ${found}`);
  }

  // A decision: its toast and the screen reader's announcement name the commenter.
  await row(1).getByRole('button', { name: /^Duyệt bình luận của / }).click();
  const approved = `Đã duyệt bình luận của ${comments[1].authorName}.`;
  await expectShown(detector, findings, 'decision toast', page.getByRole('alert').filter({ hasText: 'Đã duyệt bình luận của' }).first(), [approved]);
  await expectShown(detector, findings, 'announcement', page.getByTestId('moderation-announcer'), [approved]);

  // Another moderator, named with a payload, decided first: the refusal shows who, in the row's note.
  const rival = comments[2].authorName;
  await page.evaluate(
    ({ id, by }) => {
      const demo = (window as unknown as { __newsroomDemo: DemoControls }).__newsroomDemo;
      const c = demo.store.db.comments.find((x) => x.id === id)!;
      Object.assign(c, { status: 'rejected', version: c.version + 1, moderatedBy: by });
      demo.store.written();
    },
    { id: commentId(2), by: rival },
  );
  await row(2).getByRole('button', { name: /^Duyệt bình luận của / }).click();
  await expectShown(detector, findings, 'refusal note', row(2).getByRole('note'), [`${rival} đã xử lý bình luận này trước bạn: Đã từ chối.`]);

  // A ban by the commenter's e-mail, with a reason made of payloads: the toast, the ban alert, the audit log.
  const reason = corpus
    .map((p) => p.text)
    .reduce((acc, text) => (acc.length + text.length < 480 ? `${acc} ${text}` : acc), 'R')
    .trim();
  const email = comments[3].email.trim();
  await page.locator(`#comment-author-${commentId(3)}`).click();
  const drawer = page.getByRole('dialog');
  await drawer.getByLabel('Lý do', { exact: true }).fill(reason);
  await drawer.getByRole('button', { name: 'Chặn người này' }).click();
  await expectShown(detector, findings, 'ban toast', page.getByRole('alert').filter({ hasText: 'Đã chặn' }).first(), [`Đã chặn ${email}.`]);
  await expectShown(detector, findings, 'ban alert', drawer.getByRole('alert').filter({ hasText: 'Đang bị chặn' }).first(), [email, reason]);
  await page.keyboard.press('Escape');
  await expect(drawer).toHaveCount(0);

  await go(page, '/comments?view=audit');
  await expectShown(detector, findings, 'audit log', page.getByRole('table'), [`${email}: ${reason}`]);

  // The preview of a rule being written: the newest comments it would flag, the planted ones first.
  await go(page, '/comments?view=rules');
  await page.getByRole('button', { name: 'Thêm quy tắc' }).click();
  const modal = page.getByRole('dialog');
  await modal.getByLabel('Từ hoặc cụm từ').fill('B');
  await expect(modal.getByTestId('rule-preview-count')).toBeVisible(SLOW);
  await expectShown(detector, findings, 'rule preview', modal, comments.slice(1).map((c) => c.body), true);

  expectClean(detector, findings);
});

test('article titles, sapo, captions and reasons in lists, dashboard, review queue, calendar, notifications and the review page', async ({ page, context }) => {
  const detector = await installDetector(context, page);
  const findings: string[] = [];
  await signInOverCorpus(page, 'editor_in_chief');

  // A photo URL that an <img> may not load is refused on write…
  const refused = await page.evaluate(
    async ({ username, urls }) => {
      const login = await fetch('/api/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password: 'demo' }) });
      const { token } = (await login.json()) as { token: string };
      const create = (url: string) =>
        fetch('/api/articles', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify({ title: 'Ảnh', featuredImage: { url, caption: 'Ảnh', alt: 'Ảnh' } }),
        });
      return Promise.all(urls.map(async (url) => (await create(url)).status));
    },
    { username: accounts.reporter.username, urls: urlPayloads.map((u) => u.text) },
  );
  // An SVG in an <img> is drawn as a picture and runs nothing: the demo's own photos are SVG data URLs.
  const inert = (url: string) => /^data:image\/svg\+xml[;,]/i.test(url);
  expect(refused, 'writes of an unsafe photo URL').toEqual(urlPayloads.map((u) => (inert(u.text) ? 201 : 422)));

  // …and one an API sends anyway loses its photo, not its article: the list shows them all.
  await go(page, '/articles?pageSize=100');
  await expect(page.getByRole('table')).toHaveAttribute('aria-busy', 'false', SLOW);
  await expectShown(detector, findings, 'articles', page.getByRole('table'), titles);

  await go(page, '/review');
  await expectShown(detector, findings, 'review queue', page.getByRole('main'), plantedIn([0]));
  // The week view lists all of a day's entries (a month's day shows a few and a count).
  await go(page, '/calendar');
  await page.getByRole('radiogroup', { name: 'Kiểu xem' }).getByText('Tuần', { exact: true }).click();
  await expectShown(detector, findings, 'calendar', page.getByRole('main'), plantedIn([1]));
  await go(page, '/');
  await expect(page.getByRole('heading', { name: 'Tổng quan', level: 1 })).toBeVisible();
  // The comment trends load in the background: the planted article, all its comments of the last minute, leads them.
  await expectShown(detector, findings, 'dashboard', page.getByRole('region', { name: 'Bài có bình luận tăng nhanh nhất' }), [titles[0]], true);

  await page.getByRole('button', { name: /^Thông báo/ }).click();
  await expectShown(detector, findings, 'notifications', page.getByRole('dialog'), plantedIn([0]));
  await page.keyboard.press('Escape');

  // The review page: the article as it will be published, its history, reasons and notes.
  await go(page, `/review/${REVIEW_ARTICLE}`);
  await expectShown(detector, findings, 'review page', page.getByRole('main'), texts);

  expectClean(detector, findings);
});

test('article body from the API: editor, preview, the reporter’s list and notifications', async ({ page, context }) => {
  const detector = await installDetector(context, page);
  const findings: string[] = [];
  await signInOverCorpus(page, 'reporter');

  await page.getByRole('button', { name: /^Thông báo/ }).click();
  await expectShown(detector, findings, 'notifications', page.getByRole('dialog'), plantedIn([1, 2, 3, 4]));
  await page.keyboard.press('Escape');
  await go(page, '/my-articles?pageSize=100');
  await expectShown(detector, findings, 'my articles', page.getByRole('table'), titles);

  // Every payload as paragraph text, link, figure (src, alt, caption), kept HTML and an unknown node.
  await go(page, `/articles/${BODY_ARTICLE}/edit`);
  await expectShown(detector, findings, 'editor', page.locator('.ProseMirror'), texts);
  await go(page, `/articles/${BODY_ARTICLE}/preview`);
  await expectShown(detector, findings, 'preview', page.getByTestId('preview-frame'), texts);
  // Articles whose photo URL is a payload: shown, without the photo.
  for (const k of [0, 1, urlPayloads.length - 1]) {
    await go(page, `/articles/${articleId(k)}/preview`);
    await expectShown(detector, findings, `preview ${k}`, page.getByTestId('preview-frame'), [titles[k]]);
    await expect(page.getByTestId('preview-frame').locator('img')).toHaveCount(0);
  }
  expectClean(detector, findings);
});

test('HTML pasted into the editor', async ({ page, context }) => {
  const detector = await installDetector(context, page);
  const findings: string[] = [];
  await signInOverCorpus(page, 'reporter', []);
  await go(page, '/articles/new');
  const editor = page.locator('.ProseMirror');
  await expect(editor).toBeVisible(SLOW);

  // Each payload as the text/html part of a paste, as markup, a link and an image, in a Word-like wrapper, in batches.
  const attr = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  const batch = 60;
  for (let i = 0; i < corpus.length; i += batch) {
    const slice = corpus.slice(i, i + batch);
    const html = slice.map((p) => `<p>${p.n}: ${p.text}</p><p><a href="${attr(p.text)}">a${p.n}</a> <img src="${attr(p.text)}" alt="${attr(p.text)}"></p>`).join('');
    await editor.click();
    await editor.evaluate(
      (el, { html, text }) => {
        const data = new DataTransfer();
        data.setData('text/html', `<html><body><!--StartFragment--><b style="font-weight:normal">${html}</b><!--EndFragment--></body></html>`);
        data.setData('text/plain', text);
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      },
      { html, text: slice.map((p) => p.text).join('\n') },
    );
    // The batch's first line always survives; a `<plaintext>` or `<xmp>` payload may swallow what follows it.
    await expect(editor).toContainText(`${slice[0].n}:`);
    findings.push(...(await detector.scan(`paste ${i / batch + 1}`)));
  }
  expectClean(detector, findings);
});
