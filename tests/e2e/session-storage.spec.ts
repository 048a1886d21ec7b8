import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { gotoApp, signInHeading, signInWithDemoAccount, userMenu } from './helpers';

/**
 * The bearer token lives in sessionStorage only. localStorage outlives the tab and is shared with
 * every tab of the origin, IndexedDB likewise; neither may ever hold it. The demo server's own store
 * (`newsroom-demo`) is the server side of the demo and keeps its sessions by design; it is excluded.
 */

const SERVER_SIDE_DBS = new Set(['newsroom-demo']);

type Dump = { local: Record<string, string>; session: Record<string, string>; idb: Record<string, string[]>; cookies: string };

/** Everything the origin keeps in the browser, as text. */
function dumpStorage(page: Page): Promise<Dump> {
  return page.evaluate(async (serverSide) => {
    const all = (s: Storage) => Object.fromEntries(Array.from({ length: s.length }, (_, i) => s.key(i)!).map((k) => [k, s.getItem(k) ?? '']));
    const idb: Record<string, string[]> = {};
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      // Listed, not read: the demo server's snapshot is large and is the server's to keep.
      if (serverSide.includes(name)) {
        idb[name] = [];
        continue;
      }
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const rows: string[] = [];
      for (const storeName of Array.from(db.objectStoreNames)) {
        const tx = db.transaction(storeName, 'readonly');
        const store = tx.objectStore(storeName);
        const [keys, values] = await Promise.all(
          [store.getAllKeys(), store.getAll()].map((req) => new Promise<unknown[]>((resolve) => (req.onsuccess = () => resolve(req.result as unknown[])))),
        );
        keys.forEach((key, i) => rows.push(`${storeName}/${JSON.stringify(key)} = ${JSON.stringify(values[i])}`));
      }
      db.close();
      idb[name] = rows;
    }
    return { local: all(localStorage), session: all(sessionStorage), idb, cookies: document.cookie };
  }, [...SERVER_SIDE_DBS]);
}

/** The places a token must never be: localStorage, cookies, and IndexedDB apart from the demo server's. */
async function expectNoToken(page: Page, tokens: Set<string>, when: string) {
  const dump = await dumpStorage(page);
  const kept = [
    ...Object.entries(dump.local).map(([k, v]) => `localStorage ${k} = ${v}`),
    `cookies ${dump.cookies}`,
    ...Object.entries(dump.idb)
      .filter(([name]) => !SERVER_SIDE_DBS.has(name))
      .flatMap(([name, rows]) => rows.map((row) => `indexedDB ${name} ${row}`)),
  ];
  for (const token of tokens) {
    expect(kept.filter((entry) => entry.includes(token)), `${when}: where the token was found`).toEqual([]);
  }
  // Nothing token-like under any name either: no bearer, no session, no credential.
  expect(Object.keys(dump.local).filter((k) => /token|session|auth|credential|bearer/i.test(k)), `${when}: localStorage keys`).toEqual([]);
  expect(kept.filter((entry) => /bearer\s/i.test(entry)), `${when}: bearer values`).toEqual([]);
  return dump;
}

test.setTimeout(300_000);

test('no token is written to localStorage, cookies or IndexedDB: after sign-in, while working and after sign-out', async ({ page }) => {
  const tokens = new Set<string>();
  page.on('request', (request) => {
    const auth = request.headers().authorization;
    const match = auth && /^Bearer\s+(.+)$/i.exec(auth);
    if (match) tokens.add(match[1]);
  });

  await signInWithDemoAccount(page, 'reporter');
  const afterSignIn = await dumpStorage(page);
  // The session is held where it should be, and that is the token the API saw.
  const sessionToken = afterSignIn.session['newsroom.session'];
  expect(sessionToken, 'the token in sessionStorage').toBeTruthy();
  tokens.add(sessionToken);
  await expect.poll(() => tokens.size).toBeGreaterThan(0);
  expect(tokens.has(sessionToken)).toBe(true);
  await expectNoToken(page, tokens, 'after sign-in');

  // Work: write a draft (which keeps a local copy in IndexedDB), switch language and color scheme.
  await page.getByRole('link', { name: /^Viết bài mới/ }).first().click();
  await page.getByLabel(/^Tiêu đề/).first().fill('Bài kiểm tra lưu trữ phiên');
  const body = page.locator('.ProseMirror');
  await body.click();
  await page.keyboard.type('Nội dung đang viết, chưa lưu hết.');
  await page.getByRole('button', { name: /Chuyển sang giao diện (tối|sáng)/ }).click();
  await expect.poll(async () => Object.keys((await dumpStorage(page)).idb)).toContain('newsroom-drafts');
  await expect.poll(async () => (await dumpStorage(page)).idb['newsroom-drafts']?.length ?? 0).toBeGreaterThan(0);
  await expectNoToken(page, tokens, 'while working');

  // A reload keeps the tab's session, still without writing it anywhere shared.
  await gotoApp(page, '/');
  await expect(userMenu(page, 'reporter')).toBeVisible();
  await expectNoToken(page, tokens, 'after a reload');

  await userMenu(page, 'reporter').click();
  await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
  await expect(signInHeading(page)).toBeVisible();
  const afterSignOut = await expectNoToken(page, tokens, 'after sign-out');
  expect(afterSignOut.session['newsroom.session'], 'the session after sign-out').toBeUndefined();
});
