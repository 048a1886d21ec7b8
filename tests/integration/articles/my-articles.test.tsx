import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { store } from '@mocks/node';
import { renderApp, server } from '../../render';
import { column, rows, titles, totalShown, waitForTable, warmUp } from './helpers';

vi.setConfig({ testTimeout: 60_000 });
beforeAll(warmUp, 60_000);

const myDrafts = (authorId: string) =>
  store.db.articles.filter((a) => a.authorId === authorId && a.status === 'draft').sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

describe('my articles', () => {
  it("shows only the signed-in reporter's articles, without an author filter", async () => {
    const { account } = await renderApp({ route: '/my-articles', user: 'phongvien' });
    const mine = store.db.articles.filter((a) => a.authorId === account!.id);
    await totalShown(mine.length);
    await waitFor(() => expect(new Set(column(4))).toEqual(new Set(['Nguyễn Thị Mai'])));
    expect(screen.getByRole('heading', { name: 'Bài viết của tôi', level: 1 })).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Tác giả' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Viết bài mới' })).toHaveAttribute('href', '/articles/new');
  });

  it("shows the editor's reason, codes in words, on returned and taken-down articles", async () => {
    const mine = store.db.articles.filter((a) => a.authorId === 'u-phongvien');
    const returned = mine.find((a) => a.status === 'changes_requested')!;
    returned.lastReason = { codes: ['spelling', 'photo'], text: 'Sửa chú thích ảnh.', by: 'u-tongbientap', at: returned.updatedAt };
    const takenDown = mine.find((a) => a.status === 'published')!;
    takenDown.status = 'unpublished';
    takenDown.lastReason = { codes: ['sensitive'], text: 'Ảnh nạn nhân chưa che mặt.', by: 'u-tongbientap', at: takenDown.updatedAt };
    await renderApp({ route: '/my-articles?status=changes_requested,unpublished', user: 'phongvien' });
    const rowOf = async (text: string) => (await screen.findByText(text, {}, { timeout: 15000 })).closest('tr') as HTMLElement;
    const returnedRow = await rowOf('Lý do: Lỗi chính tả, Ảnh không đạt — Sửa chú thích ảnh.');
    expect(within(returnedRow).getByRole('link', { name: returned.title })).toHaveAttribute('href', `/articles/${returned.id}/edit`);
    const downRow = await rowOf('Lý do: Nội dung nhạy cảm — Ảnh nạn nhân chưa che mặt.');
    expect(within(downRow).getByRole('link', { name: takenDown.title })).toHaveAttribute('href', `/articles/${takenDown.id}/edit`);
  });

  it('ignores an author in the URL: the page stays scoped to the signed-in reporter', async () => {
    const { account } = await renderApp({ route: '/my-articles?author=u-phongvien2', user: 'phongvien' });
    await totalShown(store.db.articles.filter((a) => a.authorId === account!.id).length);
  });

  it('deletes own drafts after a confirmation that says how many', async () => {
    const { user, account } = await renderApp({ route: '/my-articles?status=draft', user: 'phongvien' });
    const drafts = myDrafts(account!.id);
    expect(drafts.length).toBeGreaterThanOrEqual(2);
    await totalShown(drafts.length);
    const [a, b] = drafts;
    await user.click(screen.getByRole('checkbox', { name: `Chọn “${a.title}”` }));
    await user.click(screen.getByRole('checkbox', { name: `Chọn “${b.title}”` }));
    expect(screen.getByText('Đã chọn 2 bài viết')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Xóa 2 bài' }));
    const dialog = await screen.findByRole('dialog', { name: 'Xóa 2 bài viết?' });
    expect(within(dialog).getByText(a.title)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(store.db.articles.some((x) => x.id === a.id)).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Xóa 2 bài' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Xóa 2 bài viết' }));
    expect(await screen.findByText('Đã xóa 2 bài viết.')).toBeInTheDocument();
    await totalShown(drafts.length - 2);
    expect(titles()).not.toContain(a.title);
    expect(store.db.articles.some((x) => x.id === a.id || x.id === b.id)).toBe(false);
  });

  it('reports the drafts it could not delete, one by one', async () => {
    const { user, account } = await renderApp({ route: '/my-articles?status=draft', user: 'phongvien' });
    const [a, b] = myDrafts(account!.id);
    await waitForTable();
    server.use(
      http.delete(`*/api/articles/${b.id}`, () =>
        HttpResponse.json({ error: { code: 'forbidden', message: 'no' } }, { status: 403 }),
      ),
    );
    await user.click(screen.getByRole('checkbox', { name: `Chọn “${a.title}”` }));
    await user.click(screen.getByRole('checkbox', { name: `Chọn “${b.title}”` }));
    await user.click(screen.getByRole('button', { name: 'Xóa 2 bài' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Xóa 2 bài viết' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Đã xóa 1 bài, 1 bài không xóa được:')).toBeInTheDocument();
    expect(within(alert).getByText(b.title)).toBeInTheDocument();
    expect(within(alert).getByText(/không có quyền/)).toBeInTheDocument();
    expect(store.db.articles.some((x) => x.id === a.id)).toBe(false);
    expect(store.db.articles.some((x) => x.id === b.id)).toBe(true);
  });

  it('offers no selection for articles the reporter may not delete', async () => {
    await renderApp({ route: '/my-articles?status=in_review', user: 'phongvien' });
    await waitForTable();
    for (const row of rows()) expect(within(row).getByRole('checkbox')).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: 'Chọn tất cả bài có thể chọn trên trang' })).toBeDisabled();
  });
});
