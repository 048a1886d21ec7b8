import { expect, test } from './fixtures';
import { articleRows, articlesTable, expectRowsInStatus, navLink, pickStatus, reloadApp, signInWithDemoAccount, userMenu } from './helpers';

test('a change in the demo survives a reload, and “reset demo data” brings the seed back', async ({ page }) => {
  await signInWithDemoAccount(page, 'reporter');
  await navLink(page, 'Bài của tôi').click();
  await pickStatus(page, 'Nháp');
  await expect(page).toHaveURL(/status=draft/);
  await expectRowsInStatus(page, 'Nháp');

  const table = articlesTable(page);
  const firstRow = articleRows(page).first();
  const title = (await firstRow.getByRole('link').textContent())?.trim() ?? '';
  expect(title).not.toBe('');
  const sameTitle = table.getByRole('link', { name: title, exact: true });
  const before = await sameTitle.count();

  await firstRow.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Xóa 1 bài', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Xóa 1 bài viết' }).click();
  await expect(page.getByText('Đã xóa 1 bài viết.')).toBeVisible();
  await expect(sameTitle).toHaveCount(before - 1);

  await reloadApp(page);
  await expectRowsInStatus(page, 'Nháp');
  await expect(sameTitle).toHaveCount(before - 1);

  await userMenu(page, 'reporter').click();
  await page.getByRole('menuitem', { name: 'Đặt lại dữ liệu demo' }).click();
  await page.getByRole('dialog', { name: 'Đặt lại dữ liệu demo?' }).getByRole('button', { name: 'Đặt lại', exact: true }).click();
  await expect(page.getByText('Đã khôi phục dữ liệu demo ban đầu.')).toBeVisible();
  await expect(sameTitle).toHaveCount(before);

  await reloadApp(page);
  await expectRowsInStatus(page, 'Nháp');
  await expect(sameTitle).toHaveCount(before);
});
