import { expect, test } from './fixtures';
import {
  accounts,
  expectNavigation,
  gotoApp,
  mainNav,
  navLink,
  reloadApp,
  signInHeading,
  signInWithDemoAccount,
  signInWithForm,
  userMenu,
  type Role,
} from './helpers';

const roles = Object.keys(accounts) as Role[];

test.describe('signing in', () => {
  test('the sign-in page lists the demo accounts with their names and roles', async ({ page }) => {
    await gotoApp(page, '/');
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(signInHeading(page)).toBeVisible();
    for (const role of roles) {
      const button = page.getByRole('button', { name: new RegExp(accounts[role].name) });
      await expect(button).toBeVisible();
      await expect(button).toContainText(accounts[role].roleLabel);
    }
  });

  for (const role of roles) {
    test(`one click on the ${role} demo account shows that role's navigation`, async ({ page }) => {
      await signInWithDemoAccount(page, role);
      await expect(page).toHaveURL(/\/$/);
      await expectNavigation(page, role);
      await expect(userMenu(page, role)).toBeVisible();
    });

    test(`the ${role} signs in with username and password`, async ({ page }) => {
      await gotoApp(page, '/sign-in');
      await signInWithForm(page, accounts[role].username, 'demo');
      await expectNavigation(page, role);
    });
  }

  test('a wrong password is refused with a message and the form stays', async ({ page }) => {
    await gotoApp(page, '/sign-in');
    await signInWithForm(page, 'phongvien', 'sai-mat-khau');
    await expect(page.getByText('Tên đăng nhập hoặc mật khẩu không đúng.')).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(mainNav(page)).toHaveCount(0);
  });

  test('a signed-out visitor sent to a page lands there after signing in', async ({ page }) => {
    await gotoApp(page, '/settings');
    await expect(signInHeading(page)).toBeVisible();
    await signInWithForm(page, 'kiemduyet', 'demo');
    await expect(page).toHaveURL(/\/settings$/);
    await expect(page.getByRole('heading', { name: 'Cài đặt', level: 1 })).toBeVisible();
  });
});

test.describe('the session', () => {
  test('survives a reload, and signing out returns to the sign-in page for good', async ({ page }) => {
    await signInWithDemoAccount(page, 'reporter');
    await navLink(page, 'Bài của tôi').click();
    await expect(page).toHaveURL(/\/my-articles/);

    await reloadApp(page);
    await expect(page).toHaveURL(/\/my-articles/);
    await expectNavigation(page, 'reporter');

    await userMenu(page, 'reporter').click();
    await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(signInHeading(page)).toBeVisible();

    await reloadApp(page);
    await expect(signInHeading(page)).toBeVisible();
    await gotoApp(page, '/my-articles');
    await expect(signInHeading(page)).toBeVisible();
    await expect(mainNav(page)).toHaveCount(0);
  });
});

test('an unknown address shows the 404 page inside the shell', async ({ page }) => {
  await signInWithDemoAccount(page, 'moderator');
  await gotoApp(page, '/khong-co-trang-nay');
  await expect(page.getByRole('heading', { name: 'Không tìm thấy trang' })).toBeVisible();
  await expect(page.getByText('/khong-co-trang-nay')).toBeVisible();
  await page.getByRole('link', { name: 'Về trang Tổng quan' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('the language switch changes the UI to English and back, remembered after a reload', async ({ page }) => {
  await signInWithDemoAccount(page, 'editor_in_chief');
  await page.getByRole('button', { name: 'Ngôn ngữ' }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await expect(navLink(page, 'Overview')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await reloadApp(page);
  await expect(navLink(page, 'Overview')).toBeVisible();
  await expect(navLink(page, 'Tổng quan')).toHaveCount(0);

  await page.getByRole('button', { name: 'Language' }).click();
  await page.getByRole('menuitem', { name: 'Tiếng Việt' }).click();
  await expect(navLink(page, 'Tổng quan')).toBeVisible();
  await reloadApp(page);
  await expect(navLink(page, 'Tổng quan')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
});
