import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { accounts, createDraftThroughApi, gotoApp, navLink, signInWithDemoAccount } from './helpers';

// Two people, several cold starts of the app and its in-page demo server, on a busy two-core machine.
test.describe.configure({ timeout: 900_000 });

/*
 * The demo server lives in the browser (MSW + IndexedDB): tabs of one browser profile share it, like
 * two clients of one server, while another browser context would get a newsroom of its own. So the
 * second person works in a second tab of the same context; the session is kept per tab, so each tab
 * is signed in as its own user. Two browsers at once (the edit lock) are in lock.spec.ts, against the
 * newsroom served over HTTP.
 */

/** The editor is the heaviest page (TipTap); its first load on a busy machine takes a while. */
const EDITOR_LOAD = { timeout: 60_000 };

const body = (page: Page) => page.getByRole('textbox', { name: 'Nội dung bài', exact: true });
const saveStatus = (page: Page) => page.getByTestId('save-status');
const submitButton = (page: Page) => page.getByRole('button', { name: 'Gửi duyệt', exact: true });
const timeline = (page: Page) => page.getByLabel('Lịch sử', { exact: true });
const statusLine = (page: Page, label: string) => page.getByRole('main').locator('.mantine-Badge-root', { hasText: label }).first();

const SAPO = 'Người dân các con hẻm nhỏ đã có đèn chiếu sáng về đêm.';
const createDraft = (page: Page, title: string, text: string) => createDraftThroughApi(page, { title, text, sapo: SAPO });

/** The article's status and scheduled time as the tab's demo server answers it, with the tab's session. */
const serverView = (page: Page, id: string) =>
  page.evaluate(async (articleId) => {
    const token = sessionStorage.getItem('newsroom.session') ?? '';
    const res = await fetch(`/api/articles/${articleId}`, { headers: { Authorization: `Bearer ${token}` } });
    return (await res.json()) as { status: string; scheduledAt: string | null };
  }, id);

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

/** Waits until this tab's demo server (which hears the other tab's changes) holds the article in `status`. */
const serverHolds = (page: Page, id: string, status: string) =>
  expect.poll(async () => (await serverView(page, id)).status, { timeout: 60_000 }).toBe(status);


test('submit, request changes, fix, approve, schedule and publish on time, with the whole history', async ({ context }) => {
  const reporter = await context.newPage();
  await signInWithDemoAccount(reporter, 'reporter');
  const title = `Phường 7 lắp đèn cho hẻm tối ${Date.now().toString(36)}`;
  const id = await createDraft(reporter, title, 'Phường lắp năm trăm bóng đèn cho các con hẻm tối.');

  // The reporter submits from the editor, opened from their list (in the app: a reload could come
  // before the demo store has saved the new draft).
  await navLink(reporter, 'Bài của tôi').click();
  await reporter.getByRole('link', { name: title }).click();
  await expect(body(reporter)).toContainText('năm trăm bóng đèn', EDITOR_LOAD);
  await submitButton(reporter).click();
  await expect(submitButton(reporter)).toBeHidden();

  // The editor-in-chief returns it with a reason code and words.
  const chief = await context.newPage();
  await signInWithDemoAccount(chief, 'editor_in_chief');
  await serverHolds(chief, id, 'in_review');
  await openWhen(chief, `/review/${id}`, (p) => p.getByRole('button', { name: 'Yêu cầu sửa' }));
  await chief.getByRole('button', { name: 'Yêu cầu sửa' }).click();
  const reasonDialog = chief.getByRole('dialog', { name: 'Yêu cầu phóng viên sửa bài' });
  await reasonDialog.getByRole('checkbox', { name: 'Thiếu nguồn' }).check();
  const reason = 'Ghi rõ số bóng đèn theo báo cáo của phường.';
  await reasonDialog.getByRole('textbox', { name: /Cần sửa những gì/ }).fill(reason);
  await reasonDialog.getByRole('button', { name: 'Trả bài' }).click();
  await expect(reasonDialog).toBeHidden();
  await expect(statusLine(chief, 'Cần sửa')).toBeVisible();

  // The reporter finds the reason on the dashboard, fixes the text and submits again.
  await serverHolds(reporter, id, 'changes_requested');
  const returned = (p: Page) => p.getByRole('region', { name: 'Bị trả lại, cần sửa' });
  // In the app, not by a reload: this tab's demo server already heard the change from the other tab.
  await reporter.bringToFront();
  await navLink(reporter, 'Tổng quan').click();
  // The code in words, then the editor-in-chief's own.
  await expect(returned(reporter).getByText(`Lý do: Thiếu nguồn — ${reason}`)).toBeVisible({ timeout: 60_000 });
  await returned(reporter).getByRole('link', { name: title }).click();
  await expect(body(reporter)).toContainText('năm trăm bóng đèn', EDITOR_LOAD);
  // And on the article itself, above the text she is about to fix.
  const notice = reporter.getByRole('alert').filter({ hasText: 'Bài cần sửa theo yêu cầu của Tổng biên tập' });
  await expect(notice).toContainText('Thiếu nguồn', EDITOR_LOAD);
  await expect(notice).toContainText(reason);
  await body(reporter).click();
  await reporter.keyboard.press('Control+A');
  await reporter.keyboard.type('Phường lắp sáu trăm bóng đèn cho các con hẻm tối.');
  await expect(body(reporter)).toContainText('sáu trăm bóng đèn');
  await expect(saveStatus(reporter)).toContainText(/Đã lưu lúc \d\d:\d\d/, { timeout: 60_000 });
  await submitButton(reporter).click();
  await expect(submitButton(reporter)).toBeHidden();

  // The editor-in-chief sees what the fix changed, word by word.
  const changes = chief.getByRole('region', { name: 'Thay đổi so với lần trước' });
  await serverHolds(chief, id, 'in_review');
  await chief.bringToFront();
  await navLink(chief, 'Hàng chờ duyệt').click();
  await chief.getByRole('link', { name: title }).click();
  await expect(changes.locator('ins', { hasText: 'sáu' })).toBeVisible({ timeout: 60_000 });
  await expect(changes).toContainText('So với lần gửi duyệt trước');
  await expect(changes.locator('del', { hasText: 'năm' })).toBeVisible();
  // One word replaced in the body, nothing else (the legend above the diff has an ins and a del of its own).
  const bodyChanges = changes.getByRole('region', { name: 'Nội dung', exact: true });
  await expect(bodyChanges.locator('ins')).toHaveText(['sáu']);
  await expect(bodyChanges.locator('del')).toHaveText(['năm']);
  await expect(changes.getByRole('region', { name: 'Tiêu đề', exact: true }).locator('ins, del')).toHaveCount(0);

  // Approves, then schedules an hour ahead (the dialog's default).
  await chief.getByRole('button', { name: 'Duyệt', exact: true }).click();
  await expect(statusLine(chief, 'Đã duyệt')).toBeVisible();
  await chief.getByRole('button', { name: 'Hẹn giờ đăng' }).click();
  const scheduleDialog = chief.getByRole('dialog', { name: 'Hẹn giờ xuất bản' });
  await expect(scheduleDialog.getByLabel(/Ngày và giờ đăng/)).toHaveValue(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/);
  await scheduleDialog.getByRole('button', { name: 'Hẹn giờ', exact: true }).click();
  await expect(scheduleDialog).toBeHidden();
  await expect(statusLine(chief, 'Hẹn giờ')).toBeVisible();
  const { status, scheduledAt } = await serverView(chief, id);
  expect(status).toBe('scheduled');

  // Its time comes: the demo server's clock is moved past it instead of waiting an hour. A reload
  // reads the clock back from the saved store; until that save has landed, the move is made again.
  const after = Date.parse(scheduledAt!) + 60_000;
  await expect(async () => {
    await chief.evaluate((at) => {
      const demo = (window as unknown as { __newsroomDemo: { clock: { now(): Date; set(d: number): void } } }).__newsroomDemo;
      if (demo.clock.now().getTime() < at) demo.clock.set(at);
    }, after);
    expect((await serverView(chief, id)).status).toBe('published');
    await gotoApp(chief, `/review/${id}`);
    await expect(statusLine(chief, 'Đã xuất bản')).toBeVisible({ timeout: 10_000 });
  }).toPass({ timeout: 120_000 });

  // Every step, in order, with who did it; the return carries its reason.
  const steps = timeline(chief).locator('.mantine-Timeline-item');
  await expect(steps).toContainText([
    new RegExp(`Tạo bài\\s*·\\s*${accounts.reporter.name}`),
    new RegExp(`Gửi duyệt\\s*·\\s*${accounts.reporter.name}`),
    new RegExp(`Yêu cầu sửa\\s*·\\s*${accounts.editor_in_chief.name}.*Thiếu nguồn.*${reason}`),
    new RegExp(`Gửi duyệt\\s*·\\s*${accounts.reporter.name}`),
    new RegExp(`Duyệt\\s*·\\s*${accounts.editor_in_chief.name}`),
    new RegExp(`Hẹn giờ đăng\\s*·\\s*${accounts.editor_in_chief.name}`),
    /Xuất bản\s*·\s*Hệ thống \(hẹn giờ\)/,
  ]);
  await expect(steps).toHaveCount(7);
});
