import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createRng } from '../../mocks/prng';
import { createDraftThroughApi, signInWithDemoAccount } from './helpers';

/**
 * Closing the tab mid-typing and opening the article again, 50 times with seeded timings: the text
 * comes back every time (from the server, or from this device's copy, offered back), and at most the
 * last second of typing is lost — the editor copies every change to IndexedDB within a second.
 */
const ROUNDS = Number(process.env.TAB_CLOSE_ROUNDS) || 50;
/** The rounds run as two halves side by side (two workers), each on its own seed, browser and article. */
const HALVES = [20261126, 20261127].map((seed, i) => ({ seed, rounds: Math.ceil(ROUNDS / 2) - (i === 1 ? ROUNDS % 2 : 0) }));
const MAX_LOSS_MS = 1000;

test.describe.configure({ timeout: 900_000 });

const body = (page: Page) => page.getByRole('textbox', { name: 'Nội dung bài', exact: true });
const restoreDialog = (page: Page) => page.getByRole('dialog', { name: 'Khôi phục bản nháp trên máy này?' });

const WORDS = ['phường', 'kênh', 'người', 'dân', 'thành', 'phố', 'đoàn', 'viên', 'sáng', 'nay', 'dọn', 'rác', 'xanh', 'sạch', 'đẹp', 'cùng', 'tham', 'gia'];

/** A draft of the reporter's, straight through the demo API; returns its id and this tab's session token. */
async function createDraft(page: Page, text: string): Promise<{ id: string; token: string }> {
  const id = await createDraftThroughApi(page, { title: 'Đóng thẻ giữa chừng', text, sapo: 'Bài dùng để thử đóng thẻ khi đang gõ.' });
  const token = await page.evaluate(() => sessionStorage.getItem('newsroom.session') ?? '');
  return { id, token };
}

/** Like reopening a closed tab, which brings its sessionStorage back: the same session, the same article. */
async function reopen(context: BrowserContext, id: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`/articles/${id}/edit`, { waitUntil: 'domcontentloaded' });
  await expect(body(page)).toBeVisible({ timeout: 45_000 });
  await expect(page.getByTestId('save-status')).toBeVisible();
  // The offer comes once this device's copy has been read: the form says when it has been.
  const form = page.locator('form[data-local-copy]');
  await expect(form).not.toHaveAttribute('data-local-copy', 'reading', { timeout: 10_000 });
  if ((await form.getAttribute('data-local-copy')) === 'offered') {
    await restoreDialog(page).getByRole('button', { name: 'Khôi phục bản nháp', exact: true }).click();
    await expect(restoreDialog(page)).toBeHidden();
  }
  return page;
}

const textOf = async (page: Page) => ((await body(page).textContent()) ?? '').replace(/\u00a0/g, ' ');

/** Types, closes the tab at a seeded moment, reopens and checks the text, `rounds` times. */
async function closeAndReopen(page: Page, context: BrowserContext, seed: number, rounds: number) {
  const started = Date.now();
  const random = createRng(seed).next;
  await signInWithDemoAccount(page, 'reporter');
  const { id, token } = await createDraft(page, 'Bắt đầu.');
  // Every new tab of the context starts with this session, as a reopened tab gets its sessionStorage
  // back (not in frames without an origin, like the blank page a new tab starts as).
  await context.addInitScript((t) => {
    try {
      sessionStorage.setItem('newsroom.session', t);
    } catch {
      // about:blank: no storage, nothing to restore.
    }
  }, token);
  await page.close();
  let current = await reopen(context, id);
  let text = await textOf(current);
  expect(text).toBe('Bắt đầu.');
  const losses: number[] = [];

  for (let round = 0; round < rounds; round++) {
    await body(current).click();
    await current.keyboard.press('Control+End');
    const words = Array.from({ length: 2 + Math.floor(random() * 6) }, () => WORDS[Math.floor(random() * WORDS.length)]);
    const typed = ` ${words.join(' ')}`;
    // Close while typing, somewhere in these characters, then after a seeded pause (0–2.5 s).
    const stopAt = 1 + Math.floor(random() * typed.length);
    const pause = Math.floor(random() * 2500);
    const stamps: number[] = [];
    for (const ch of typed.slice(0, stopAt)) {
      await current.keyboard.type(ch);
      stamps.push(Date.now());
      await current.waitForTimeout(Math.floor(random() * 80));
    }
    await current.waitForTimeout(pause);
    const closedAt = Date.now();
    await current.close({ runBeforeUnload: false });

    current = await reopen(context, id);
    const back = await textOf(current);
    const expected = text + typed.slice(0, stopAt);
    const mustKeep = text.length + stamps.filter((at) => at <= closedAt - MAX_LOSS_MS).length;
    expect(expected.startsWith(back), `round ${round}: "${back}" is what was typed`).toBe(true);
    expect(back.length, `round ${round}: kept all but the last second of "${expected}"`).toBeGreaterThanOrEqual(mustKeep);
    losses.push(expected.length - back.length);
    text = back;
  }

  const seconds = Math.round((Date.now() - started) / 1000);
  test.info().annotations.push(
    { type: 'rounds', description: String(rounds) },
    { type: 'duration', description: `${seconds} s` },
    { type: 'characters lost per round', description: losses.join(',') },
  );
  console.log(`tab-close: ${rounds} rounds in ${seconds} s; characters lost per round: ${losses.join(',')}`);
}

for (const [half, { seed, rounds }] of HALVES.entries()) {
  test(`closing the tab mid-typing and reopening (${half + 1}/2, seed ${seed}): the text comes back, at most a second lost`, ({ page, context }) =>
    closeAndReopen(page, context, seed, rounds));
}
