import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { bodyText, bootWithChaos, longestBlankMs, retryIfOffered, serverSide, signInThroughChaos } from './chaos-helpers';
import { articleRows, articlesTable, mainNav, navLink } from './helpers';

// Every answer takes up to 5 s and about one in four fails: journeys are slow by design.
test.describe.configure({ timeout: 600_000 });

const SEED = 20261126;
/** Longest acceptable moment with neither the shell nor an alert on screen (a route's chunk loading). */
const BLANK_LIMIT_MS = 1000;

type Article = { id: string; title: string; sapo: string; body: never; status: string };
type List<T> = { items: T[]; total: number };

const titleField = (page: Page) => page.getByRole('textbox', { name: /^Tiêu đề\s*\*?$/ });
const sapoField = (page: Page) => page.getByRole('textbox', { name: /^Sapo \(đoạn dẫn\)/ });
const bodyField = (page: Page) => page.getByRole('textbox', { name: 'Nội dung bài', exact: true });
const saveStatus = (page: Page) => page.getByTestId('save-status');

test.beforeEach(async ({ page }) => {
  await bootWithChaos(page, SEED);
});

test('a reporter writes and submits an article under chaos: nothing lost, exactly one article', async ({ page }) => {
  await signInThroughChaos(page, 'reporter');
  await expect(page.getByTestId('demo-chaos-badge')).toBeVisible();
  const before = await serverSide<List<Article>>(page, 'GET', '/articles?pageSize=1');

  await navLink(page, 'Viết bài mới').click();
  await expect(page.getByRole('heading', { name: 'Viết bài mới', level: 1 })).toBeVisible({ timeout: 90_000 });
  const title = `Hỗn loạn mạng ${SEED}: phường Tân Định dọn kênh`;
  const sapo = 'Đoàn viên và người dân cùng làm sạch tuyến kênh, dù mạng chập chờn suốt buổi sáng.';
  const paragraphs = [
    'Sáng nay, hơn ba trăm người đã có mặt từ sớm để vớt rác dọc bờ kênh.',
    'Chính quyền phường cho biết sẽ duy trì hoạt động này mỗi tháng một lần.',
  ];
  await titleField(page).click();
  await page.keyboard.type(title, { delay: 15 });
  await sapoField(page).click();
  await page.keyboard.type(sapo, { delay: 15 });
  await pickCategory(page, 'Đô thị');
  await bodyField(page).click();
  await page.keyboard.type(paragraphs[0]!, { delay: 15 });
  await page.keyboard.press('Enter');
  await page.keyboard.type(paragraphs[1]!, { delay: 15 });

  // Saved, however many retries it took; the first save created the article and moved to its address.
  await expect(page).toHaveURL(/\/articles\/[^/]+\/edit$/, { timeout: 120_000 });
  await expect(saveStatus(page)).toContainText(/Đã lưu lúc \d\d:\d\d/, { timeout: 120_000 });
  const id = /\/articles\/([^/]+)\/edit$/.exec(page.url())![1]!;

  // Submitting may fail like any request; a person would press again.
  const submit = page.getByRole('button', { name: 'Gửi duyệt', exact: true });
  for (let attempt = 0; attempt < 8; attempt++) {
    if ((await serverSide<Article>(page, 'GET', `/articles/${id}`)).body.status === 'in_review') break;
    if (await submit.isVisible()) await submit.click().catch(() => undefined);
    await page.waitForTimeout(7000);
  }

  const stored = (await serverSide<Article>(page, 'GET', `/articles/${id}`)).body;
  expect(stored.status).toBe('in_review');
  expect(stored.title).toBe(title);
  expect(stored.sapo).toBe(sapo);
  expect(bodyText(stored.body)).toBe(paragraphs.join('\n'));
  const same = await serverSide<List<Article>>(page, 'GET', `/articles?q=${encodeURIComponent(title)}`);
  expect(same.body.items.filter((a) => a.title === title)).toHaveLength(1);
  const after = await serverSide<List<Article>>(page, 'GET', '/articles?pageSize=1');
  expect(after.body.total).toBe(before.body.total + 1);
  expect(await longestBlankMs(page)).toBeLessThan(BLANK_LIMIT_MS);
});

test('a moderator clears comments with the keyboard under chaos: the queue never claims what the server lacks', async ({ page }) => {
  await signInThroughChaos(page, 'moderator');
  await navLink(page, 'Bình luận').click();
  const rows = page.locator('article[id^="comment-row-"]');
  await expect(async () => {
    await retryIfOffered(page);
    await expect(rows.first()).toBeVisible({ timeout: 10_000 });
  }).toPass({ timeout: 90_000 });

  const decided: string[] = [];
  await rows.first().focus();
  for (let i = 0; i < 6; i++) {
    const focused = await page.evaluate(() => document.activeElement?.id ?? '');
    expect(focused).toMatch(/^comment-row-/);
    decided.push(focused.replace('comment-row-', ''));
    await page.keyboard.press('a');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).not.toBe(focused);
  }
  // Every decision has had its answer (5 s at most) or its failure.
  await page.waitForTimeout(8000);

  const onServer = await serverSide<List<{ id: string }>>(page, 'GET', '/comments?queue=approved&pageSize=20000&sort=createdAt:desc');
  const approvedOnServer = new Set(onServer.body.items.map((c) => c.id));
  const badges = await page.evaluate(
    (ids) => ids.map((id) => document.querySelector(`#comment-row-${id} [data-status-badge]`)?.textContent ?? null),
    decided,
  );
  let approved = 0;
  for (const [i, id] of decided.entries()) {
    const shown = badges[i];
    if (shown === 'Đã duyệt') {
      expect(approvedOnServer.has(id), `comment ${id} is shown approved`).toBe(true);
      approved++;
    }
  }
  expect(approved).toBeGreaterThan(0);
  await expect(mainNav(page)).toBeVisible();
  expect(await longestBlankMs(page)).toBeLessThan(BLANK_LIMIT_MS);
});

test('typing a search while answers arrive out of order shows the results of the last query', async ({ page }) => {
  await signInThroughChaos(page, 'editor_in_chief');
  await navLink(page, 'Tất cả bài viết').click();
  const searchBox = page.getByRole('searchbox', { name: 'Tìm kiếm' });
  await expect(searchBox).toBeVisible({ timeout: 90_000 });

  const queries = ['tphcm', 'quan 3', 'dang bo', 'thanh nien', 'quan 8'];
  for (const q of queries) {
    await searchBox.fill(q);
    await page.waitForTimeout(450);
  }
  const last = queries.at(-1)!;
  await expect(page).toHaveURL(/[?&]q=quan(\+|%20)8(&|$)/);
  await expect(async () => {
    await retryIfOffered(page);
    await expect(articlesTable(page)).toHaveAttribute('aria-busy', 'false', { timeout: 10_000 });
    await expect(articleRows(page).first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 90_000 });
  // Long enough for every earlier query's answer to have come back and been ignored.
  await page.waitForTimeout(6000);

  const shown = await articleRows(page).getByRole('link').allTextContents();
  const truth = await serverSide<List<Article>>(page, 'GET', `/articles?q=${encodeURIComponent(last)}&pageSize=100`);
  const titles = new Set(truth.body.items.map((a) => a.title));
  expect(shown.length).toBeGreaterThan(0);
  for (const t of shown.filter((s) => s.trim())) expect(titles.has(t.trim()), `"${t}" answers "${last}"`).toBe(true);
  expect(await searchBox.inputValue()).toBe(last);
  // Out of order for real: of requests sent together, later ones may be answered first.
  const finished = await page.evaluate(async () => {
    const token = sessionStorage.getItem('newsroom.session') ?? '';
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        fetch('/api/categories', { headers: { Authorization: `Bearer ${token}` } })
          .catch(() => null)
          .finally(() => order.push(i)),
      ),
    );
    return order;
  });
  test.info().annotations.push({ type: 'answer order', description: finished.join(',') });
  expect(finished).not.toEqual([...finished].sort((x, y) => x - y));
});

test('when the session expires with requests in flight, exactly one sign-in dialog appears', async ({ page }) => {
  await page.addInitScript(() => {
    // Counts each time the dialog appears (a rising edge), however briefly.
    const w = window as unknown as { __signInDialogs: number };
    w.__signInDialogs = 0;
    let open = false;
    setInterval(() => {
      const now = [...document.querySelectorAll('[role="dialog"]')].some((d) => d.textContent?.includes('Phiên đăng nhập đã hết hạn'));
      if (now && !open) w.__signInDialogs++;
      open = now;
    }, 50);
  });
  await signInThroughChaos(page, 'editor_in_chief');
  await expect(async () => {
    await retryIfOffered(page);
    await expect(page.getByRole('heading', { name: 'Tổng quan', level: 1 })).toBeVisible({ timeout: 5000 });
  }).toPass({ timeout: 60_000 });

  // The server forgets the session behind the app's back.
  const out = await serverSide(page, 'POST', '/auth/logout');
  expect(out.status).toBe(204);
  // Several pages' worth of requests at once: the queue, the list, and the dashboard again.
  // Once the dialog is up, it covers the page; later clicks cannot land, and need not.
  for (const label of ['Hàng chờ duyệt', 'Tất cả bài viết', 'Tổng quan']) {
    await navLink(page, label).click({ timeout: 3000 }).catch(() => undefined);
  }

  const dialog = page.getByRole('dialog', { name: 'Phiên đăng nhập đã hết hạn' });
  await expect(dialog).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('dialog', { name: 'Phiên đăng nhập đã hết hạn' })).toHaveCount(1);
  const password = dialog.getByLabel('Mật khẩu');
  await password.fill('demo');
  for (let attempt = 0; attempt < 5 && (await dialog.isVisible()); attempt++) {
    await dialog.getByRole('button', { name: 'Đăng nhập', exact: true }).click().catch(() => undefined);
    await expect(dialog).toBeHidden({ timeout: 30_000 }).catch(() => undefined);
  }
  await expect(dialog).toBeHidden();
  // Requests that were still on their way (up to 5 s) fail with the old token and must not ask again.
  await page.waitForTimeout(8000);
  expect(await page.evaluate(() => (window as unknown as { __signInDialogs: number }).__signInDialogs)).toBe(1);
  await expect(mainNav(page)).toBeVisible();
  expect(await longestBlankMs(page)).toBeLessThan(BLANK_LIMIT_MS);
});

/** Picks a category; when the list failed to load (the field says so), closes and opens it again, as a person would. */
async function pickCategory(page: Page, name: string) {
  const field = page.getByRole('combobox', { name: 'Chuyên mục', exact: true });
  const option = page.getByRole('option', { name, exact: true });
  for (let attempt = 0; attempt < 12; attempt++) {
    await field.click();
    if (await option.waitFor({ timeout: 15_000 }).then(() => true, () => false)) return option.click();
    await page.keyboard.press('Escape');
  }
  throw new Error(`the category “${name}” never became available`);
}
