import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { accounts, gotoApp, mainNav, reloadApp, signInWithForm, type Role } from './helpers';
import { API_SITE_URL, API_URL, apiSiteReady } from './servers';

/*
 * Two people at two browsers: two browser contexts sharing one newsroom. In demo mode every context
 * runs a server of its own inside the page, so these contexts use the build deployed against the
 * demo newsroom over HTTP (playwright.config.ts starts both), as it runs against a real API.
 */
test.use({ baseURL: API_SITE_URL });
test.beforeAll(() => apiSiteReady());

/** The app's heartbeat period (HEARTBEAT_MS) and the server's lock lifetime (LOCK_TTL_MS). */
const HEARTBEAT_MS = 20_000;
const LOCK_TTL_MS = 60_000;
const PASSWORD = 'demo';
const EDITOR_LOAD = { timeout: 60_000 };

const body = (page: Page) => page.getByRole('textbox', { name: 'Nội dung bài', exact: true });
const saveStatus = (page: Page) => page.getByTestId('save-status');
const heldBy = (page: Page, role: Role) => page.getByRole('status').filter({ hasText: `${accounts[role].name} đang sửa bài này` });
const takenOverBy = (page: Page, role: Role) => page.getByRole('alert').filter({ hasText: `${accounts[role].name} đã tiếp quản bài viết` });

async function signIn(page: Page, role: Role) {
  await gotoApp(page, '/sign-in');
  await signInWithForm(page, accounts[role].username, PASSWORD);
  await expect(mainNav(page)).toBeVisible();
}

async function tokenOf(request: APIRequestContext, role: Role): Promise<string> {
  const res = await request.post(`${API_URL}/auth/login`, { data: { username: accounts[role].username, password: PASSWORD } });
  expect(res.status()).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

/** Who holds the article's lock, as the server says (null: nobody). */
async function lockHolder(request: APIRequestContext, token: string, id: string): Promise<string | null> {
  const res = await request.get(`${API_URL}/articles/${id}/lock`, { headers: { Authorization: `Bearer ${token}` } });
  if (res.status() === 404) return null;
  return ((await res.json()) as { userName: string }).userName;
}

test('the editor-in-chief, in another browser, sees who is editing, takes over, and the lock lapses when the heartbeat stops', async ({
  browser,
  context,
  guard,
  request,
  locale,
  timezoneId,
  viewport,
}) => {
  const reporterToken = await tokenOf(request, 'reporter');
  const title = `Hẻm 12 có đèn mới ${Date.now().toString(36)}`;
  const created = await request.post(`${API_URL}/articles`, {
    headers: { Authorization: `Bearer ${reporterToken}` },
    data: {
      title,
      sapo: 'Người dân các con hẻm nhỏ đã có đèn chiếu sáng về đêm.',
      categoryId: 'cat-xa-hoi',
      source: 'Thanhuytphcm.vn',
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Phường lắp năm trăm bóng đèn.' }] }] },
    },
  });
  expect(created.status()).toBe(201);
  const id = ((await created.json()) as { id: string }).id;

  // The reporter's browser keeps its timers on a clock the test can move: the heartbeat that learns
  // of a takeover comes every 20 s, and the test jumps to it instead of waiting.
  const reporter = await context.newPage();
  await reporter.clock.install();
  await signIn(reporter, 'reporter');
  await gotoApp(reporter, `/articles/${id}/edit`);
  await expect(body(reporter)).toContainText('năm trăm bóng đèn', EDITOR_LOAD);
  await expect(body(reporter)).toHaveAttribute('contenteditable', 'true');
  await expect.poll(() => lockHolder(request, reporterToken, id)).toBe(accounts.reporter.name);
  const typed = ' Tổ dân phố góp thêm hai mươi bóng.';
  await body(reporter).click();
  await reporter.keyboard.press('Control+End');
  await reporter.keyboard.type(typed);
  await reporter.keyboard.press('Control+S');
  await expect(saveStatus(reporter)).toContainText(/Đã lưu lúc \d\d:\d\d/);

  // The editor-in-chief, in a browser of their own, opens the same article: who holds it, read-only.
  const chiefContext = await browser.newContext({ baseURL: API_SITE_URL, locale, timezoneId, viewport });
  try {
    await guard.watch(chiefContext);
    const chief = await chiefContext.newPage();
    await signIn(chief, 'editor_in_chief');
    await gotoApp(chief, `/articles/${id}/edit`);
    await expect(heldBy(chief, 'reporter')).toBeVisible(EDITOR_LOAD);
    await expect(heldBy(chief, 'reporter')).toContainText('Bạn đang xem ở chế độ chỉ đọc.');
    await expect(body(chief)).toContainText(typed.trim());
    await expect(body(chief)).toHaveAttribute('contenteditable', 'false');

    // They take over: the article is theirs to edit.
    await chief.getByRole('button', { name: 'Tiếp quản' }).click();
    await expect(heldBy(chief, 'reporter')).toBeHidden();
    await expect(body(chief)).toHaveAttribute('contenteditable', 'true');
    await expect.poll(() => lockHolder(request, reporterToken, id)).toBe(accounts.editor_in_chief.name);

    // The reporter's next heartbeat learns of it: told who took over, read-only, the text still there.
    await reporter.clock.fastForward(HEARTBEAT_MS);
    await expect(takenOverBy(reporter, 'editor_in_chief')).toBeVisible();
    await expect(body(reporter)).toHaveAttribute('contenteditable', 'false');
    await expect(body(reporter)).toContainText(`năm trăm bóng đèn.${typed}`);

    // The editor-in-chief's browser drops off the network: the heartbeat stops, nothing releases the
    // lock. The reporter, reopening the article, is held off until it lapses.
    await chiefContext.setOffline(true);
    await reloadApp(reporter);
    await expect(heldBy(reporter, 'editor_in_chief')).toBeVisible(EDITOR_LOAD);
    await expect(body(reporter)).toHaveAttribute('contenteditable', 'false');
    await expect(reporter.getByRole('button', { name: 'Tiếp quản' })).toHaveCount(0);

    // The server's clock moves past the lock's lifetime (instead of a minute's wait); the reporter's
    // next heartbeat takes the article back. (The clock is the whole server's: a spec that shares the
    // server and holds locks of its own must not run beside this one.)
    const moved = await request.put(`${API_URL}/demo/clock`, {
      headers: { Authorization: `Bearer ${reporterToken}` },
      data: { advanceMs: LOCK_TTL_MS + 1_000 },
    });
    expect(moved.status()).toBe(200);
    expect(await lockHolder(request, reporterToken, id)).toBeNull();
    await reporter.clock.fastForward(HEARTBEAT_MS);
    await expect(heldBy(reporter, 'editor_in_chief')).toBeHidden();
    await expect(body(reporter)).toHaveAttribute('contenteditable', 'true');
    await expect.poll(() => lockHolder(request, reporterToken, id)).toBe(accounts.reporter.name);
  } finally {
    await chiefContext.close();
  }
});
