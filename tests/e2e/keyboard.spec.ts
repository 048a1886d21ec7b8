import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { api } from './a11y-helpers';
import { accounts, appReady, gotoApp, mainNav, navLink, type Role } from './helpers';

// Only page.keyboard from the moment the sign-in page shows: no click, fill or mouse.
test.describe.configure({ timeout: 300_000 });

// Never waits: a target that is not (or no longer) on the page simply does not have focus.
const isFocused = (target: Locator) =>
  target.evaluateAll((els) => els.some((el) => el === document.activeElement || el.contains(document.activeElement)));

/**
 * The focused element shows it: a focus ring (outline or box shadow) under :focus-visible, or, for a
 * field one types into, the caret and Mantine's focused border.
 */
async function expectFocusVisible(page: Page) {
  const state = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'nothing focused';
    const typing = el.isContentEditable || el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && !['checkbox', 'radio', 'button', 'submit'].includes((el as HTMLInputElement).type));
    if (typing) return 'ok';
    if (!el.matches(':focus-visible')) return `${el.tagName} is focused without :focus-visible`;
    const style = getComputedStyle(el);
    const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    return ring ? 'ok' : `${el.tagName}.${el.className} has no focus ring`;
  });
  expect(state).toBe('ok');
}

/** Tab (or Shift+Tab) until `target` has focus; every stop on the way must show its focus. */
async function tabTo(page: Page, target: Locator, { back = false, max = 120 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    await expectFocusVisible(page);
    if (await isFocused(target)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

async function signInByKeyboard(page: Page, role: Role) {
  await gotoApp(page, '/sign-in');
  await tabTo(page, page.getByLabel('Tên đăng nhập'));
  await page.keyboard.type(accounts[role].username);
  await tabTo(page, page.getByLabel('Mật khẩu'));
  await page.keyboard.type('demo');
  await page.keyboard.press('Enter');
  await expect(mainNav(page)).toBeVisible();
}

async function openNav(page: Page, label: string) {
  await tabTo(page, navLink(page, label));
  await page.keyboard.press('Enter');
  await appReady(page);
}

const toast = (page: Page, text: string) => page.locator('.mantine-Notification-root').filter({ hasText: text });

test('a reporter writes and submits an article with the keyboard alone', async ({ page }) => {
  const title = `Phường Bến Thành lắp đèn chiếu sáng mới ${Date.now()}`;
  await signInByKeyboard(page, 'reporter');
  await openNav(page, 'Viết bài mới');
  // The editor is its own chunk, loaded on first visit.
  await expect(page.getByRole('heading', { name: 'Viết bài mới', level: 1 })).toBeVisible({ timeout: 60_000 });

  await tabTo(page, page.getByRole('textbox', { name: /^Tiêu đề\s*\*?$/ }));
  await page.keyboard.type(title);
  await tabTo(page, page.getByRole('textbox', { name: /^Sapo \(đoạn dẫn\)/ }));
  await page.keyboard.type('Hơn 200 bộ đèn LED được thay trên các tuyến đường chính của phường.');
  await tabTo(page, page.getByRole('textbox', { name: 'Nội dung bài', exact: true }));
  await page.keyboard.type('Công trình hoàn thành trước Tết, giúp người dân đi lại an toàn hơn vào ban đêm.');

  const category = page.getByRole('combobox', { name: 'Chuyên mục', exact: true });
  await tabTo(page, category);
  await page.keyboard.type('Đô thị');
  await expect(page.getByRole('option', { name: 'Đô thị', exact: true })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(category).toHaveValue('Đô thị');

  await page.keyboard.press('Control+S');
  await expect(page.getByTestId('save-status')).toContainText(/Đã lưu lúc \d\d:\d\d/);
  await tabTo(page, page.getByRole('button', { name: 'Gửi duyệt', exact: true }), { back: true });
  await page.keyboard.press('Enter');
  await expect(toast(page, 'Đã gửi bài cho Tổng biên tập duyệt.')).toBeVisible();
});

test('the editor-in-chief opens an article from the review queue and approves it with the keyboard alone', async ({ page }) => {
  await signInByKeyboard(page, 'editor_in_chief');
  await openNav(page, 'Hàng chờ duyệt');
  const row = page.getByRole('main').getByRole('table').getByRole('link').first();
  await expect(row).toBeVisible();
  const title = (await row.textContent())!.trim();

  await tabTo(page, row);
  await page.keyboard.press('Enter');
  // The page's own heading (the article as published, shown below it, has the title as well).
  await expect(page.getByRole('main').getByRole('heading', { level: 1 }).first()).toHaveText(title);

  const approve = page.getByRole('group', { name: 'Thao tác duyệt bài' }).getByRole('button', { name: 'Duyệt', exact: true });
  await tabTo(page, approve);
  await page.keyboard.press('Enter');
  await expect(toast(page, 'Đã duyệt bài.')).toBeVisible();
  await expect(page.getByRole('main').getByText('Đã duyệt', { exact: true }).first()).toBeVisible();
});

test('a moderator clears a queue with the keyboard alone', async ({ page }) => {
  await signInByKeyboard(page, 'moderator');
  await openNav(page, 'Bình luận');

  // The queues sit in the page's first tab; the reported one: arrow keys move between the queue tabs,
  // Enter or Space picks one. Tab reaches the selected tab of each tab list.
  const queues = page.getByRole('tabpanel', { name: 'Hàng đợi' });
  // As a person would, wait for the queue to show before tabbing into it: a stop on a placeholder
  // that the loaded list replaces would lose focus under the key.
  await expect(page.locator('article[data-comment-id]').first()).toBeVisible();
  await tabTo(page, queues.getByRole('tab', { selected: true }));
  const reported = queues.getByRole('tab', { name: /^Bị báo cáo/ });
  for (let i = 0; i < 5 && !(await isFocused(reported)); i++) await page.keyboard.press('ArrowRight');
  await expect(reported).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(reported).toHaveAttribute('aria-selected', 'true');

  const rows = page.locator('article[data-comment-id]');
  await expect(rows.first()).toBeVisible();
  // The tab's name carries the queue's live count: "Bị báo cáo (23)".
  const total = Number((await reported.getAttribute('aria-label'))?.match(/\((\d+)\)$/)?.[1]);
  expect(total).toBeGreaterThan(0);

  // Into the list (its active row holds the tab stop), then one key per decision: each approves the
  // row in focus and moves focus to the next; the list stays still and the count goes down.
  await tabTo(page, rows.first());
  for (let n = total; n > 0; n--) {
    await expect(page.locator('article[data-comment-id]:focus')).toHaveCount(1);
    await expectFocusVisible(page);
    await page.keyboard.press('a');
    await expect(reported).toHaveAttribute('aria-label', new RegExp(`\\(${n - 1}\\)$`));
  }

  // The rows stay where they were, decided (the last one keeps focus); the server's queue is empty too.
  await expect(page.locator('article[data-comment-id]:focus')).toContainText(`${accounts.moderator.name} · Đã duyệt`);
  const counts = await api<{ reported: number }>(page, 'GET', '/comments/counts');
  expect(counts.reported).toBe(0);
});
