import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  articleRows as rows,
  articlesTable as table,
  expectRowsInStatus,
  gotoApp,
  navLink,
  pickStatus,
  signInWithDemoAccount,
} from './helpers';

const search = (page: Page) => page.getByRole('searchbox', { name: 'Tìm kiếm' });
const total = (page: Page) => page.getByText(/^Tổng [\d.,\s]+ bài viết$/);

test.beforeEach(async ({ page }) => {
  await signInWithDemoAccount(page, 'editor_in_chief');
  await navLink(page, 'Tất cả bài viết').click();
  await expect(page.getByRole('heading', { name: 'Tất cả bài viết', level: 1 })).toBeVisible();
  await expect(rows(page).first()).toBeVisible();
});

test('filters by status and finds “Quận 8” when typing “quan 8”, keeping both in the URL', async ({ page }) => {
  await pickStatus(page, 'Đã xuất bản');
  await expect(page).toHaveURL(/[?&]status=published(&|$)/);
  await expectRowsInStatus(page, 'Đã xuất bản');

  await search(page).fill('quan 8');
  await expect(page).toHaveURL(/[?&]q=quan(\+|%20)8(&|$)/);
  await expect(table(page).getByRole('link', { name: /Quận 8/ }).first()).toBeVisible();
  await expect(page).toHaveURL(/[?&]status=published(&|$)/);
  await expectRowsInStatus(page, 'Đã xuất bản');
});

test('search ignores tone marks and case', async ({ page }) => {
  await expect(table(page)).toHaveAttribute('aria-busy', 'false');
  const everything = await total(page).textContent();

  await search(page).fill('QUAN 8');
  await search(page).press('Enter');
  // The address changes at once, the page renders the new search a moment later (a router
  // transition): until the total moves away from the unfiltered one, the table still shows it.
  await expect(page).toHaveURL(/[?&]q=QUAN(\+|%20)8/);
  await expect(total(page)).not.toHaveText(everything ?? '');
  await expect(table(page).getByRole('link', { name: /Quận 8/ }).first()).toBeVisible();
  await expect(table(page)).toHaveAttribute('aria-busy', 'false');
  const folded = await total(page).textContent();

  await search(page).fill('Quận 8');
  await search(page).press('Enter');
  await expect(page).toHaveURL(/[?&]q=Qu%E1%BA%ADn(\+|%20)8/);
  await expect(table(page)).toHaveAttribute('aria-busy', 'false');
  await expect(rows(page).first().getByRole('link')).toContainText('Quận 8');
  await expect(total(page)).toHaveText(folded ?? '');
});

test('the back button restores the filters after leaving the list, and undoes one filter at a time', async ({ page }) => {
  await pickStatus(page, 'Đã xuất bản');
  await expectRowsInStatus(page, 'Đã xuất bản');
  await search(page).fill('quan 8');
  await expect(page).toHaveURL(/q=quan.*status=published|status=published.*q=quan/);
  await expect(table(page).getByRole('link', { name: /Quận 8/ }).first()).toBeVisible();

  await page.getByRole('combobox', { name: 'Sắp xếp', exact: true }).click();
  await page.getByRole('option', { name: 'Tạo cũ nhất' }).click();
  await expect(page).toHaveURL(/[?&]sort=created-asc/);
  await expect(page.getByRole('columnheader', { name: 'Ngày tạo' })).toBeVisible();

  await navLink(page, 'Tổng quan').click();
  await expect(page).toHaveURL(/\/$/);

  await page.goBack();
  await expect(page).toHaveURL(/\/articles\?.*sort=created-asc/);
  await expect(search(page)).toHaveValue('quan 8');
  await expect(page.getByRole('columnheader', { name: 'Ngày tạo' })).toBeVisible();
  await expectRowsInStatus(page, 'Đã xuất bản');

  await page.goBack();
  await expect(page).not.toHaveURL(/sort=/);
  await expect(page).toHaveURL(/status=published/);
  await expect(search(page)).toHaveValue('quan 8');
  await expect(page.getByRole('columnheader', { name: 'Cập nhật' })).toBeVisible();
});

test('a link with filters opens the list filtered', async ({ page }) => {
  await gotoApp(page, '/articles?status=published&q=quan%208');
  await expect(search(page)).toHaveValue('quan 8');
  await expectRowsInStatus(page, 'Đã xuất bản');
  await expect(table(page).getByRole('link', { name: /Quận 8/ }).first()).toBeVisible();
});
