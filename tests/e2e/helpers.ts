import { expect, type Page } from '@playwright/test';

export type Role = 'reporter' | 'editor_in_chief' | 'moderator';

export const accounts = {
  reporter: { username: 'phongvien', name: 'Nguyễn Thị Mai', roleLabel: 'Phóng viên' },
  editor_in_chief: { username: 'tongbientap', name: 'Lê Quang Minh', roleLabel: 'Tổng biên tập' },
  moderator: { username: 'kiemduyet', name: 'Phạm Thu Hà', roleLabel: 'Điều hành bình luận' },
} as const satisfies Record<Role, { username: string; name: string; roleLabel: string }>;

const allLinks = ['Tổng quan', 'Bài của tôi', 'Viết bài mới', 'Hàng chờ duyệt', 'Lịch xuất bản', 'Tất cả bài viết', 'Bình luận', 'Cài đặt'];

export const navigationFor: Record<Role, string[]> = {
  reporter: ['Tổng quan', 'Bài của tôi', 'Viết bài mới', 'Cài đặt'],
  editor_in_chief: ['Tổng quan', 'Hàng chờ duyệt', 'Lịch xuất bản', 'Tất cả bài viết', 'Bình luận', 'Cài đặt'],
  moderator: ['Tổng quan', 'Bình luận', 'Cài đặt'],
};

/**
 * The navbar shows an entry only once the router has its page. The comment moderation page arrives
 * with its own work; while it is listed here, its entry is checked only for never reaching a role it
 * does not belong to.
 */
const PAGES_PENDING = new Set(['Bình luận']);

// Named in the UI language, like everything else.
export const mainNav = (page: Page) => page.getByRole('navigation', { name: /^(Điều hướng chính|Main navigation)$/ });

// A link's name may carry a count badge after its label ("Hàng chờ duyệt 5").
const linkName = (label: string) => new RegExp(`^${label}(\\s|$)`);
export const navLink = (page: Page, label: string) => mainNav(page).getByRole('link', { name: linkName(label) });

export async function expectNavigation(page: Page, role: Role) {
  await expect(mainNav(page)).toBeVisible();
  for (const label of allLinks) {
    if (!navigationFor[role].includes(label)) await expect(navLink(page, label), label).toHaveCount(0);
    else if (!PAGES_PENDING.has(label)) await expect(navLink(page, label), label).toBeVisible();
  }
}

export const signInHeading = (page: Page) => page.getByRole('heading', { name: /^(Đăng nhập|Sign in)$/ });

/**
 * Every full page load boots the app and the demo backend again (service worker, store from
 * IndexedDB) before anything shows; on a busy two-core machine that takes a while.
 */
const COLD_START = { timeout: 45_000 };

/** Waits until the app has booted: the shell when signed in, the sign-in page otherwise. */
export async function appReady(page: Page) {
  await expect(mainNav(page).or(signInHeading(page))).toBeVisible(COLD_START);
}

export async function gotoApp(page: Page, path: string) {
  await page.goto(path, { waitUntil: 'domcontentloaded' });
  await appReady(page);
}

export async function reloadApp(page: Page) {
  await page.reload({ waitUntil: 'domcontentloaded' });
  await appReady(page);
}

export async function signInWithDemoAccount(page: Page, role: Role) {
  await gotoApp(page, '/sign-in');
  await page.getByRole('button', { name: new RegExp(accounts[role].name) }).click();
  await expect(mainNav(page)).toBeVisible();
}

export async function signInWithForm(page: Page, username: string, password: string) {
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
}

export const userMenu = (page: Page, role: Role) => page.getByRole('button', { name: `Tài khoản của ${accounts[role].name}` });

export const articlesTable = (page: Page) => page.getByRole('table');
// Body rows hold cells; the header row holds column headers.
export const articleRows = (page: Page) => articlesTable(page).getByRole('row').filter({ has: page.getByRole('cell') });

/** Waits until the table shows rows, all of them in this status (the filter has been applied). */
export async function expectRowsInStatus(page: Page, label: string) {
  await expect(articlesTable(page)).toHaveAttribute('aria-busy', 'false');
  await expect(articleRows(page).first()).toBeVisible();
  await expect(articleRows(page).filter({ hasNot: page.getByRole('cell', { name: label, exact: true }) })).toHaveCount(0);
}

export async function pickStatus(page: Page, label: string) {
  await page.getByRole('combobox', { name: 'Trạng thái', exact: true }).click();
  await page.getByRole('option', { name: label }).click();
  await page.keyboard.press('Escape');
}

/** A draft of the reporter's, written straight through the demo API so a test starts from it. */
export async function createDraftThroughApi(page: Page, draft: { title: string; text: string; sapo: string }): Promise<string> {
  return page.evaluate(
    async ({ username, title, text, sapo }) => {
      const login = await fetch('/api/auth/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username, password: 'demo' }),
      });
      const { token } = (await login.json()) as { token: string };
      const res = await fetch('/api/articles', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({
          title,
          sapo,
          categoryId: 'cat-xa-hoi',
          source: 'Thanhuytphcm.vn',
          body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
        }),
      });
      if (res.status !== 201) throw new Error(`create failed: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { id: string }).id;
    },
    { username: accounts.reporter.username, ...draft },
  );
}
