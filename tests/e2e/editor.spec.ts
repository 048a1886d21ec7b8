import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createDraftThroughApi, gotoApp, navLink, reloadApp, signInWithDemoAccount } from './helpers';

// Each test boots the app and its in-page demo server several times (reloads, two tabs); on a busy
// two-core machine that takes longer than the suite's default.
test.describe.configure({ timeout: 300_000 });

// Labels as the reporter reads them (src/i18n/locales/vi/editor.json).
const titleField = (page: Page) => page.getByRole('textbox', { name: /^Tiêu đề\s*\*?$/ });
const sapoField = (page: Page) => page.getByRole('textbox', { name: /^Sapo \(đoạn dẫn\)/ });
const body = (page: Page) => page.getByRole('textbox', { name: 'Nội dung bài', exact: true });
const saveStatus = (page: Page) => page.getByTestId('save-status');
const saved = (page: Page) => expect(saveStatus(page)).toContainText(/Đã lưu lúc \d\d:\d\d/);
const restoreDialog = (page: Page) => page.getByRole('dialog', { name: 'Khôi phục bản nháp trên máy này?' });
const conflictDialog = (page: Page) => page.getByRole('dialog', { name: 'Bài vừa được người khác sửa' });

/** Leaving with unsaved text asks first (beforeunload); a reload in these tests means it. */
const acceptLeaving = (page: Page) => page.on('dialog', (d) => void (d.type() === 'beforeunload' ? d.accept() : d.dismiss()));

/** Puts the caret at the end of the body, so typing continues the last paragraph. */
async function caretAtEnd(page: Page) {
  await body(page).click();
  await page.keyboard.press('Control+End');
}

/**
 * The demo backend keeps its store in IndexedDB ~300 ms after a write; a reload sooner than that
 * would test the demo, not the editor.
 */
const demoPersisted = (page: Page) => page.waitForTimeout(800);

/**
 * After a reload: the words are either saved, or on this device and offered back (accepted here).
 * Tells whether they came back from the device.
 */
async function openWithRestore(page: Page, lastWord: string): Promise<boolean> {
  await expect(body(page)).toBeVisible();
  await expect(restoreDialog(page).or(body(page).filter({ hasText: lastWord }))).toBeVisible();
  if (!(await restoreDialog(page).isVisible())) return false;
  await restoreDialog(page).getByRole('button', { name: 'Khôi phục bản nháp', exact: true }).click();
  await expect(restoreDialog(page)).toBeHidden();
  return true;
}

/** A draft of the reporter's, through the demo API. */
async function createDraft(page: Page, title: string, text: string): Promise<string> {
  const id = await createDraftThroughApi(page, { title, text, sapo: 'Sapo của bài thử nghiệm.' });
  await page.waitForTimeout(500);
  return id;
}

async function openEditor(page: Page, id: string) {
  await gotoApp(page, `/articles/${id}/edit`);
  await expect(body(page)).toBeVisible();
  await expect(saveStatus(page)).toBeVisible();
}

async function expectWords(locator: Locator, words: string[]) {
  for (const w of words) await expect(locator).toContainText(w);
}

/** The article's version as this tab's server answers it, with the tab's own session (no new writes). */
const versionSeenBy = (page: Page, id: string) =>
  page.evaluate(async (articleId) => {
    const token = sessionStorage.getItem('newsroom.session') ?? '';
    const res = await fetch(`/api/articles/${articleId}`, { headers: { Authorization: `Bearer ${token}` } });
    return ((await res.json()) as { version: number }).version;
  }, id);

// A 1×1 PNG, enough for the demo's media upload.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

// Opening /articles/new intermittently ends in the error boundary ("[tiptap error]: The editor view is
// not available. Cannot access view['dom']"), thrown by `editor.view.dom` in the effect of
// src/features/editor/autosave/use-autosave.ts. Re-enable once that is fixed; the same reload path on
// an existing draft is covered by the next test.
test('a reporter writes a formatted article, reloads mid-typing and finds every word', async ({ page }) => {
  acceptLeaving(page);
  await signInWithDemoAccount(page, 'reporter');
  await navLink(page, 'Viết bài mới').click();
  await expect(page.getByRole('heading', { name: 'Viết bài mới', level: 1 })).toBeVisible();

  await titleField(page).fill('Phường Bến Thành ra quân dọn vệ sinh kênh rạch');
  await sapoField(page).fill('Hơn 300 đoàn viên thanh niên cùng người dân tham gia làm sạch tuyến kênh.');
  await page.getByRole('combobox', { name: 'Chuyên mục', exact: true }).click();
  await page.getByRole('option', { name: 'Đô thị', exact: true }).click();

  await body(page).click();
  await page.keyboard.type('Sáng nay, phường tổ chức ra quân ');
  await page.keyboard.press('Control+B');
  await page.keyboard.type('đậmnét');
  await page.keyboard.press('Control+B');
  await page.keyboard.type(' và ');
  await page.keyboard.press('Control+I');
  await page.keyboard.type('nghiêngchữ');
  await page.keyboard.press('Control+I');
  await page.keyboard.type(' xem thêm ');
  await page.getByRole('button', { name: 'Chèn liên kết' }).click();
  await page.getByRole('textbox', { name: 'Địa chỉ liên kết' }).fill('https://thanhuytphcm.vn/tin-tuc');
  await page.getByRole('textbox', { name: 'Địa chỉ liên kết' }).press('Enter');
  await expect(body(page).locator('strong')).toHaveText('đậmnét');
  await expect(body(page).locator('em')).toHaveText('nghiêngchữ');
  await expect(body(page).locator('a[href="https://thanhuytphcm.vn/tin-tuc"]')).toBeVisible();

  // The first save creates the article and moves to its address without remounting the editor.
  await expect(page).toHaveURL(/\/articles\/[^/]+\/edit$/, { timeout: 30_000 });
  await saved(page);
  const url = page.url();

  await caretAtEnd(page);
  await page.keyboard.type(' Cuối buổi, kênh sạch bong lấplánh');
  // The local copy is written within a second; the server save waits for two idle seconds.
  await page.waitForTimeout(1200);
  await reloadApp(page);
  expect(page.url()).toBe(url);

  const restored = await openWithRestore(page, 'lấplánh');
  await expect(titleField(page)).toHaveValue('Phường Bến Thành ra quân dọn vệ sinh kênh rạch');
  await expect(sapoField(page)).toHaveValue('Hơn 300 đoàn viên thanh niên cùng người dân tham gia làm sạch tuyến kênh.');
  await expect(page.getByRole('combobox', { name: 'Chuyên mục', exact: true })).toHaveValue('Đô thị');
  await expectWords(body(page), ['Sáng nay, phường tổ chức ra quân', 'đậmnét', 'nghiêngchữ', 'xem thêm', 'Cuối buổi, kênh sạch bong lấplánh']);
  await expect(body(page).locator('strong')).toHaveText('đậmnét');
  await expect(body(page).locator('em')).toHaveText('nghiêngchữ');
  await expect(body(page).locator('a[href="https://thanhuytphcm.vn/tin-tuc"]')).toBeVisible();

  // What came back from the device goes on to the server, and survives one more reload with nothing
  // to restore.
  if (restored) {
    await page.keyboard.press('Control+S');
    await saved(page);
  }
  await demoPersisted(page);
  await reloadApp(page);
  await expect(body(page)).toContainText('lấplánh');
  await expect(restoreDialog(page)).toBeHidden();
});

test('reloading mid-typing loses no word: saved, or offered back from this device', async ({ page }) => {
  acceptLeaving(page);
  await signInWithDemoAccount(page, 'reporter');
  const id = await createDraft(page, 'Bài tải lại giữa chừng', 'Đoạn đầu đã lưu.');
  await openEditor(page, id);

  await caretAtEnd(page);
  await page.keyboard.type(' Câu gõ thêm ');
  await page.keyboard.press('Control+B');
  await page.keyboard.type('chữđậm');
  await page.keyboard.press('Control+B');
  await page.keyboard.type(' trước khi tải lại trang.');
  // The local copy is written within a second; the server save waits for two idle seconds.
  await page.waitForTimeout(1200);
  await reloadApp(page);

  const restored = await openWithRestore(page, 'trước khi tải lại trang.');
  await expectWords(body(page), ['Đoạn đầu đã lưu.', 'Câu gõ thêm', 'chữđậm', 'trước khi tải lại trang.']);
  await expect(body(page).locator('strong')).toHaveText('chữđậm');
  if (restored) {
    await page.keyboard.press('Control+S');
    await saved(page);
  }
  await demoPersisted(page);
  await reloadApp(page);
  await expect(body(page)).toContainText('trước khi tải lại trang.');
  await expect(restoreDialog(page)).toBeHidden();
});

test('two tabs edit the same article: the second save gets the conflict dialog', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await signInWithDemoAccount(first, 'reporter');
  const id = await createDraft(first, 'Bài hai thẻ cùng sửa', 'Đoạn mở đầu chung.');
  await openEditor(first, id);
  // The token lives per tab: the second tab signs in on its own.
  await signInWithDemoAccount(second, 'reporter');
  await openEditor(second, id);

  const opened = await versionSeenBy(second, id);
  await caretAtEnd(first);
  await first.keyboard.type(' Câu của thẻ thứ nhất.');
  await first.keyboard.press('Control+S');
  await saved(first);
  // The demo server of each tab lives in its page and hears of the other's writes by broadcast; a
  // real server knows at once.
  await expect.poll(() => versionSeenBy(second, id)).toBeGreaterThan(opened);

  await caretAtEnd(second);
  await second.keyboard.type(' Câu của thẻ thứ hai.');
  await second.keyboard.press('Control+S');

  const dialog = conflictDialog(second);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Bản của bạn' })).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Bản trên máy chủ' })).toBeVisible();
  await expect(dialog).toContainText('Câu của thẻ thứ nhất.');
  await expect(dialog).toContainText('Câu của thẻ thứ hai.');
  await expect(saveStatus(second)).toContainText('Chưa lưu — có xung đột phiên bản');
  // Nothing is overwritten on screen either: the second tab's text stays until the reporter chooses.
  await expect(body(second)).toContainText('Câu của thẻ thứ hai.');

  await dialog.getByRole('button', { name: 'Giữ bản của tôi (ghi đè bản trên máy chủ)' }).click();
  await expect(dialog).toBeHidden();
  await saved(second);
});

test('the network drops while typing: the text stays, and is saved once back online', async ({ page, context }) => {
  acceptLeaving(page);
  await signInWithDemoAccount(page, 'reporter');
  const id = await createDraft(page, 'Bài viết khi mất mạng', 'Đoạn đã lưu từ trước.');
  await openEditor(page, id);

  await caretAtEnd(page);
  await page.keyboard.type(' Trước khi mất mạng.');
  await context.setOffline(true);
  // The demo server answers inside the page; make it fail the way a dropped connection does.
  await page.evaluate(() => {
    (window as unknown as { __newsroomDemo: { faults: { configure(p: object): void } } }).__newsroomDemo.faults.configure({ networkErrorRate: 1 });
  });
  await page.keyboard.type(' Gõ tiếp khi không có mạng.');
  await page.keyboard.press('Control+S');

  await expect(saveStatus(page)).toContainText('Chưa lưu — đang thử lại');
  await expect(page.getByRole('alert').filter({ hasText: 'Mất kết nối' })).toBeVisible();
  await expect(body(page)).toContainText('Gõ tiếp khi không có mạng.');

  await page.evaluate(() => {
    (window as unknown as { __newsroomDemo: { faults: { disable(): void } } }).__newsroomDemo.faults.disable();
  });
  await context.setOffline(false);
  await saved(page);
  await expect(page.getByRole('alert').filter({ hasText: 'Mất kết nối' })).toBeHidden();

  await demoPersisted(page);
  await reloadApp(page);
  await expect(body(page)).toBeVisible();
  await expectWords(body(page), ['Đoạn đã lưu từ trước.', 'Trước khi mất mạng.', 'Gõ tiếp khi không có mạng.']);
  await expect(restoreDialog(page)).toBeHidden();
});

test('the back button with unsaved text asks first; staying keeps the editor and its address', async ({ page }) => {
  acceptLeaving(page);
  await signInWithDemoAccount(page, 'reporter');
  // Reached inside the app, so back is a move within it, not another page load.
  await navLink(page, 'Viết bài mới').click();
  await expect(body(page)).toBeVisible();
  await page.evaluate(() => {
    (window as unknown as { __newsroomDemo: { faults: { configure(p: object): void } } }).__newsroomDemo.faults.configure({ networkErrorRate: 1 });
  });
  await titleField(page).fill('Bài thử nút quay lại');
  await caretAtEnd(page);
  await page.keyboard.type('Chưa lưu được.');

  const leaveDialog = page.getByRole('dialog', { name: 'Rời trang khi bài chưa lưu?' });
  await page.goBack({ waitUntil: 'commit' });
  await leaveDialog.getByRole('button', { name: 'Ở lại' }).click();
  await expect(leaveDialog).toBeHidden();
  await expect(page).toHaveURL(/\/articles\/new$/);
  await expect(body(page)).toContainText('Chưa lưu được.');

  await page.goBack({ waitUntil: 'commit' });
  await leaveDialog.getByRole('button', { name: 'Vẫn rời trang' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(body(page)).toBeHidden();
});

test('featured image with caption and related articles show in the preview as the portal publishes it', async ({ page }) => {
  await signInWithDemoAccount(page, 'reporter');
  const id = await createDraft(page, 'Quận 1 khánh thành công viên bờ sông', 'Công viên rộng hai héc-ta mở cửa đón người dân.');
  await openEditor(page, id);

  const image = page.getByRole('region', { name: 'Ảnh đại diện' });
  await image.locator('input[type="file"]').setInputFiles({ name: 'cong-vien.png', mimeType: 'image/png', buffer: PNG });
  await image.getByRole('textbox', { name: /^Chú thích ảnh/ }).fill('Người dân dạo bộ trong công viên mới');
  await image.getByRole('textbox', { name: /^Mô tả ảnh/ }).fill('Lối đi lát đá ven sông');

  const related = page.getByRole('region', { name: 'Tin khác' });
  await related.getByRole('combobox', { name: 'Tìm bài theo tiêu đề' }).fill('quan 8');
  const option = page.getByRole('option', { name: /Quận 8/ }).first();
  const relatedTitle = (await option.textContent())?.trim() ?? '';
  expect(relatedTitle).toContain('Quận 8');
  await option.click();
  await expect(related.getByRole('list', { name: 'Các tin khác đã chọn' })).toContainText(relatedTitle);

  await page.keyboard.press('Control+S');
  await saved(page);
  await demoPersisted(page);

  await gotoApp(page, `/articles/${id}/preview`);
  const frame = page.getByTestId('preview-frame');
  await expect(frame).toBeVisible();
  await expect(frame.getByText(/^(Thứ \S+|Chủ nhật), ngày \d{1,2} tháng \d{1,2} năm \d{4}$/)).toBeVisible();
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Quận 1 khánh thành công viên bờ sông');
  await expect(frame.locator('figure img')).toHaveAttribute('alt', 'Lối đi lát đá ven sông');
  await expect(frame.locator('figcaption')).toHaveText('Người dân dạo bộ trong công viên mới');
  await expect(frame).toContainText('Sapo của bài thử nghiệm.');
  await expect(frame).toContainText('(Thanhuytphcm.vn) - Công viên rộng hai héc-ta mở cửa đón người dân.');
  const relatedSection = frame.getByRole('region', { name: 'Tin khác' });
  await expect(relatedSection.getByRole('link', { name: relatedTitle })).toBeVisible();

  // The phone-wide frame shows the same article.
  await page.getByText('Điện thoại', { exact: true }).click();
  await expect(frame).toHaveAttribute('data-width', 'phone');
  await expect(frame.locator('figcaption')).toHaveText('Người dân dạo bộ trong công viên mới');
});
