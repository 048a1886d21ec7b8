import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { COMBOS, api, closeDialog, either, go, report, scan, scanDialog, setLanguage, setScheme, settled, type Finding } from './a11y-helpers';
import { accounts, appReady, gotoApp, mainNav, signInWithDemoAccount, type Role } from './helpers';

// Mantine's colour-scheme manager key (src/app/theme.ts).
const COLOR_SCHEME_KEY = 'newsroom.colorScheme';

// Every screen and dialog in Vietnamese on light and again in English on dark (A11Y_COMBOS widens
// that): one signed-in tab per test, switched through the app's own header, so the demo backend boots
// once per test. The tests are cut so that two workers finish together, the longest first.
// A scan takes seconds on a busy machine; the generous timeout is for A11Y_COMBOS=all.
test.describe.configure({ timeout: 600_000 });

type Summary = { id: string; version: number; status: string; authorId: string; title: string };
type List = { items: Summary[]; total: number };

const dialog = (page: Page) => page.getByRole('dialog');

async function everyCombo(page: Page, screens: (where: (name: string) => string) => Promise<void>) {
  for (const [language, scheme] of COMBOS) {
    await setLanguage(page, language);
    await setScheme(page, scheme);
    await screens((name) => `${name} [${language}, ${scheme}]`);
  }
}

/** A draft of the signed-in reporter's: selectable in the list, open to editing. */
const createDraft = (page: Page) =>
  api<Summary>(page, 'POST', '/articles', {
    title: 'Bài kiểm tra khả năng tiếp cận',
    sapo: 'Sapo của bài kiểm tra.',
    categoryId: 'cat-xa-hoi',
    source: 'Thanhuytphcm.vn',
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Đoạn mở đầu.' }] }] },
  });

const firstId = async (page: Page, query: string) => {
  const list = await api<List>(page, 'GET', `/articles?pageSize=1&${query}`);
  if (!list.items[0]) throw new Error(`no article for ${query}`);
  return list.items[0];
};

test('editor-in-chief: review queue, review page, calendar, all articles, comments and their dialogs', async ({ page }) => {
  const findings: Finding[] = [];
  await signInWithDemoAccount(page, 'editor_in_chief');
  await settled(page);
  const waiting = await firstId(page, 'status=in_review');
  const approved = await firstId(page, 'status=approved');
  // An older revision to offer for restoring: an edit after submission starts a new one.
  const revisions = await api<unknown[]>(page, 'GET', `/articles/${waiting.id}/revisions`);
  if (revisions.length < 2) {
    const current = await api<{ version: number; sapo: string }>(page, 'GET', `/articles/${waiting.id}`);
    await api(page, 'PATCH', `/articles/${waiting.id}`, { sapo: `${current.sapo} Đã rà soát.` }, { 'If-Match': String(current.version) });
  }

  await everyCombo(page, async (where) => {
    await go(page, '/');
    // The day-by-day figures open on demand: scan the dashboard with them shown.
    await page.getByRole('button', { name: either('Xem số liệu dạng bảng', 'Show the figures as a table', true) }).click();
    await expect(page.getByRole('main').getByRole('table')).toBeVisible();
    await scan(page, where('dashboard (editor-in-chief)'), findings);
    await go(page, '/review');
    await scan(page, where('review queue'), findings);

    await go(page, `/review/${waiting.id}`);
    await scan(page, where('review article (diff)'), findings);
    await page.getByRole('button', { name: either('Yêu cầu sửa', 'Request changes', true) }).click();
    await expect(dialog(page)).toBeVisible();
    await scanDialog(page, where('request changes'), findings);
    await closeDialog(page);
    await page.getByRole('tab', { name: either('Phiên bản', 'Revisions') }).click();
    await expect(page.getByRole('table', { name: either('Phiên bản', 'Revisions') })).toBeVisible();
    await scan(page, where('review article (revisions)'), findings);
    await page.getByRole('button', { name: either('Khôi phục bản', 'Restore revision') }).first().click();
    await expect(dialog(page)).toBeVisible();
    await scanDialog(page, where('restore revision confirmation'), findings);
    await closeDialog(page);
    await page.getByRole('tab', { name: either('Ghi chú biên tập', 'Editorial notes') }).click();
    await settled(page);
    await scan(page, where('review article (notes)'), findings);

    await go(page, `/review/${approved.id}`);
    await page.getByRole('button', { name: either('Hẹn giờ đăng', 'Schedule', true) }).click();
    await expect(dialog(page)).toBeVisible();
    await scanDialog(page, where('schedule'), findings);
    await closeDialog(page);

    await go(page, '/calendar');
    await scan(page, where('calendar (week)'), findings);
    await page.getByText(either('Tháng', 'Month', true)).click();
    await scan(page, where('calendar (month)'), findings);

    await go(page, '/articles');
    await scan(page, where('all articles'), findings);
    await go(page, '/comments');
    await scan(page, where('comments queue (editor-in-chief)'), findings);
  });
  expect(findings, report(findings)).toEqual([]);
});

test('moderator: queues, thread, commenter, audit log, word rules, shortcuts help', async ({ page }) => {
  const findings: Finding[] = [];
  await signInWithDemoAccount(page, 'moderator' satisfies Role);
  await settled(page);

  await everyCombo(page, async (where) => {
    await go(page, '/');
    await scan(page, where('dashboard (moderator)'), findings);
    await go(page, '/comments');
    await expect(page.locator('article[data-comment-id]').first()).toBeVisible({ timeout: 60_000 });
    await scan(page, where('comments queue (pending)'), findings);
    await page.getByRole('tab', { name: either('Bị báo cáo', 'Reported') }).click();
    await expect(page.locator('article[data-comment-id]').first()).toBeVisible();
    await scan(page, where('comments queue (reported)'), findings);

    await page.getByRole('button', { name: either('Xem luồng thảo luận quanh', 'Open the thread around') }).first().click();
    await expect(dialog(page)).toBeVisible();
    await scanDialog(page, where('thread view'), findings);
    await closeDialog(page);

    await page.locator('article[data-comment-id] button[id]').first().click();
    await expect(dialog(page)).toBeVisible();
    await scanDialog(page, where('commenter view'), findings);
    await closeDialog(page);

    await page.getByRole('button', { name: either('Xem phím tắt', 'Show keyboard shortcuts') }).click();
    await expect(dialog(page)).toBeVisible();
    await scanDialog(page, where('shortcuts help'), findings);
    await closeDialog(page);

    await page.getByRole('tab', { name: either('Nhật ký kiểm duyệt', 'Moderation log') }).click();
    await expect(page.getByRole('table')).toBeVisible();
    await scan(page, where('audit log'), findings);
    await page.getByRole('tab', { name: either('Bộ lọc từ ngữ', 'Word rules') }).click();
    await expect(page.getByRole('table')).toBeVisible();
    await scan(page, where('word rules'), findings);
    await page.getByRole('button', { name: either('Thêm quy tắc', 'Add rule', true) }).click();
    await expect(dialog(page)).toBeVisible();
    await scanDialog(page, where('rule dialog'), findings);
    await closeDialog(page);
    await page.getByRole('button', { name: either('Xoá quy tắc «', 'Delete the rule “') }).first().click();
    await expect(dialog(page)).toBeVisible();
    await scanDialog(page, where('delete rule confirmation'), findings);
    await closeDialog(page);
  });
  await appReady(page);
  expect(findings, report(findings)).toEqual([]);
});

test('reporter: editor, preview and their dialogs', async ({ page }) => {
  const findings: Finding[] = [];
  page.on('dialog', (d) => void d.accept());
  await signInWithDemoAccount(page, 'reporter');
  await settled(page);
  const draft = await createDraft(page);

  await everyCombo(page, async (where) => {
    await go(page, '/articles/new');
    await scan(page, where('editor (new)'), findings);
    await page.getByRole('button', { name: either('Chèn ảnh có chú thích', 'Insert an image with a caption') }).click();
    await expect(dialog(page)).toBeVisible();
    await scanDialog(page, where('image dialog'), findings);
    await closeDialog(page);
    await page.keyboard.press('Control+K');
    await expect(page.getByRole('dialog').or(page.locator('.mantine-Spotlight-content'))).toBeVisible();
    await scanDialog(page, where('spotlight'), findings);
    await closeDialog(page);

    await go(page, `/articles/${draft.id}/preview`);
    await scan(page, where('preview'), findings);

    // A copy on this device that differs from the server's is offered back on opening.
    const current = await api<Record<string, unknown> & { version: number }>(page, 'GET', `/articles/${draft.id}`);
    await page.evaluate(
      async ({ key, copy }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open('newsroom-drafts');
          open.onupgradeneeded = () => open.result.createObjectStore('drafts');
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        await new Promise((resolve, reject) => {
          const tx = db.transaction('drafts', 'readwrite');
          tx.objectStore('drafts').put(copy, key);
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      },
      {
        key: `article:${draft.id}`,
        copy: {
          articleId: draft.id,
          baseVersion: current.version,
          savedAt: new Date().toISOString(),
          snapshot: { ...pick(current), title: `${current.title as string} (trên máy này)` },
        },
      },
    );
    await go(page, `/articles/${draft.id}/edit`);
    await expect(dialog(page)).toBeVisible();
    await scanDialog(page, where('restore-draft offer'), findings);
    await dialog(page).getByRole('button', { name: either('Bỏ bản nháp', 'Discard') }).click();
    await expect(dialog(page)).toHaveCount(0);
    await scan(page, where('editor (existing)'), findings);

    // Someone else saves meanwhile: this tab's next save meets the conflict dialog.
    const latest = await api<{ version: number }>(page, 'GET', `/articles/${draft.id}`);
    const theirs = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Bản của người khác ${Date.now()}.` }] }] };
    await api(page, 'PATCH', `/articles/${draft.id}`, { body: theirs }, { 'If-Match': String(latest.version) });
    await page.getByRole('textbox', { name: either('Nội dung bài', 'Article body') }).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Thêm.');
    await page.keyboard.press('Control+S');
    await expect(dialog(page)).toBeVisible();
    await scanDialog(page, where('conflict dialog'), findings);
    await dialog(page).getByRole('button', { name: either('Dùng bản trên máy chủ', 'Use the server') }).click();
    await expect(dialog(page)).toHaveCount(0);
  });
  expect(findings, report(findings)).toEqual([]);
});

function pick(a: Record<string, unknown>) {
  const fields = ['title', 'sapo', 'body', 'slug', 'categoryId', 'tags', 'byline', 'source', 'featuredImage', 'relatedIds', 'seoTitle', 'seoDescription'];
  return Object.fromEntries(fields.map((f) => [f, a[f]]));
}

test('sign-in page; reporter: dashboard, list, settings, 404 and their dialogs', async ({ page }) => {
  const findings: Finding[] = [];
  await gotoApp(page, '/sign-in');
  // No light/dark toggle before signing in: the page follows the choice remembered in this browser.
  for (const [language, scheme] of COMBOS) {
    await rememberScheme(page, scheme);
    await setLanguage(page, language);
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
    await expect(page.getByRole('heading', { name: either('Đăng nhập', 'Sign in', true) })).toBeVisible();
    await scan(page, `sign-in [${language}, ${scheme}]`, findings);
  }
  // Back to what the app booted with, so its own toggle and the page agree again.
  await rememberScheme(page, 'light');
  await page.getByRole('button', { name: new RegExp(accounts.reporter.name) }).click();
  await expect(mainNav(page)).toBeVisible();
  await settled(page);
  const draft = await createDraft(page);

  await everyCombo(page, async (where) => {
    await go(page, '/');
    await scan(page, where('dashboard (reporter)'), findings);

    await page.getByRole('button', { name: either('Thông báo', 'Notifications') }).click();
    await expect(page.getByRole('dialog').or(page.getByRole('menu'))).toBeVisible();
    await scanDialog(page, where('notifications'), findings);
    await closeDialog(page);

    await go(page, '/my-articles');
    await scan(page, where('my articles'), findings);
    // Only drafts can be selected; most of the reporter's seeded articles are past that.
    await page.getByRole('checkbox', { name: either(`Chọn “${draft.title}”`, `Select “${draft.title}”`) }).check();
    await page.getByRole('button', { name: either('Xóa 1 bài', 'Delete 1', true) }).click();
    await expect(dialog(page)).toBeVisible();
    await scanDialog(page, where('delete confirmation'), findings);
    await closeDialog(page);

    await go(page, '/settings');
    await scan(page, where('settings'), findings);
    // Asked, then dismissed: the demo data stays as it is.
    const { name } = accounts.reporter;
    await page.getByRole('button', { name: either(`Tài khoản của ${name}`, `${name}'s account`, true) }).click();
    await page.getByRole('menuitem', { name: either('Đặt lại dữ liệu demo', 'Reset demo data') }).click();
    await expect(dialog(page)).toBeVisible();
    await scanDialog(page, where('demo reset confirmation'), findings);
    await closeDialog(page);
    await go(page, '/khong-co-trang-nay');
    await scan(page, where('404'), findings);

    // The session ends on the server: the next request asks to sign in again, in place. A search
    // never made before, so the list cannot answer from its cache (fresh for 30 s) without asking.
    await api(page, 'POST', '/auth/logout');
    await go(page, `/my-articles?q=${Date.now()}`).catch(() => undefined);
    await expect(dialog(page)).toBeVisible();
    await scanDialog(page, where('re-sign-in'), findings);
    await dialog(page).getByLabel(either('Mật khẩu', 'Password')).fill('demo');
    await dialog(page).getByRole('button', { name: either('Đăng nhập', 'Sign in', true) }).click();
    await expect(dialog(page)).toHaveCount(0);
  });
  expect(findings, report(findings)).toEqual([]);
});

/** What the app does with a remembered choice before rendering (applyStoredColorScheme in src/app/theme.ts). */
async function rememberScheme(page: Page, scheme: 'light' | 'dark') {
  await page.evaluate(
    ([key, value]) => {
      localStorage.setItem(key, value);
      document.documentElement.setAttribute('data-mantine-color-scheme', value);
    },
    [COLOR_SCHEME_KEY, scheme],
  );
}
