import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { accounts, createDraftThroughApi, gotoApp, navLink, signInWithDemoAccount } from './helpers';

// Two people, several cold starts of the app and its in-page demo server, on a busy two-core machine.
test.describe.configure({ timeout: 900_000 });

/*
 * The demo server lives in the browser (MSW + IndexedDB): tabs of one browser profile share it, like
 * two clients of one server, while another browser context would get a newsroom of its own. So the
 * second person works in a second tab of the same context; the session is kept per tab, so each tab
 * is signed in as its own user.
 */

const body = (page: Page) => page.getByRole('textbox', { name: 'Nội dung bài', exact: true });
const saveStatus = (page: Page) => page.getByTestId('save-status');

/**
 * Opens `path` afresh until `ready` shows. A full load reads the demo store back from IndexedDB,
 * which the other tab writes a moment after each change; a load that came too early is repeated.
 */
async function openWhen(page: Page, path: string, ready: (page: Page) => Locator) {
  await expect(async () => {
    await gotoApp(page, path);
    await expect(ready(page)).toBeVisible({ timeout: 30_000 });
  }).toPass({ timeout: 300_000 });
}

test('a second person opening an article being edited sees who holds it and reads it only', async ({ context }) => {
  const first = await context.newPage();
  await signInWithDemoAccount(first, 'reporter');
  const title = `Bài đang được sửa ${Date.now().toString(36)}`;
  const id = await createDraftThroughApi(first, { title, text: 'Nội dung đang được phóng viên viết dở.', sapo: 'Người dân các con hẻm nhỏ đã có đèn chiếu sáng về đêm.' });
  await navLink(first, 'Bài của tôi').click();
  await first.getByRole('link', { name: title }).click();
  await expect(body(first)).toBeVisible();

  const second = await context.newPage();
  await signInWithDemoAccount(second, 'editor_in_chief');
  const holder = (p: Page) => p.getByRole('status').filter({ hasText: `${accounts.reporter.name} đang sửa bài này` });
  await openWhen(second, `/articles/${id}/edit`, holder);
  await expect(holder(second)).toContainText('Bạn đang xem ở chế độ chỉ đọc.');
  await expect(body(second)).toHaveAttribute('contenteditable', 'false');
  await expect(second.getByRole('button', { name: 'Tiếp quản' })).toBeVisible();
  // The first person keeps editing meanwhile.
  await body(first).click();
  await first.keyboard.type(' Thêm một câu.');
  await expect(saveStatus(first)).toContainText(/Đã lưu lúc \d\d:\d\d/);
});
