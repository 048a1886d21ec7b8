import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { ArticleListQuery } from '@/domain';
import { store } from '@mocks/node';
import { renderApp, server } from '../../render';
import { column, pick, rows, titles, totalShown, waitForSearch, waitForTable, warmUp } from './helpers';

// The whole app renders for each test; on a busy machine that takes a while.
vi.setConfig({ testTimeout: 60_000 });
beforeAll(warmUp, 60_000);

const base: ArticleListQuery = { page: 1, pageSize: 20, sort: 'updatedAt:desc' };

describe('articles list', () => {
  it('shows a page of articles with the total, status labels, categories, authors and comment counts', async () => {
    const { api } = await renderApp({ route: '/articles', user: 'editor_in_chief' });
    const expected = await api.articles.list(base);
    await totalShown(expected.total);
    expect(rows()).toHaveLength(20);
    expect(titles()).toEqual(expected.items.map((a) => a.title));
    expect(screen.getByRole('columnheader', { name: 'Tổng lượt bình luận' })).toBeInTheDocument();
    const first = rows()[0];
    expect(within(first).getByRole('link', { name: expected.items[0].title })).toHaveAttribute('href', `/articles/${expected.items[0].id}/edit`);
    expect(within(first).getByText(String(expected.items[0].commentCount))).toBeInTheDocument();
    for (const label of column(2)) expect(['Nháp', 'Chờ duyệt', 'Cần sửa', 'Đã duyệt', 'Hẹn giờ', 'Đã xuất bản', 'Đã gỡ']).toContain(label);
    await waitFor(() => expect(column(3).every((c) => c.length > 0)).toBe(true));
    expect(column(4).some((a) => a === 'Nguyễn Thị Mai' || a === 'Trần Văn Hùng' || a === 'Đỗ Ngọc Ánh')).toBe(true);
  });

  it('changes the page size and the page, keeping both in the URL', async () => {
    const { user, router, api } = await renderApp({ route: '/articles', user: 'editor_in_chief' });
    await waitForTable();
    await pick(user, 'Số bài mỗi trang', '10 / trang');
    await waitForSearch(router, { pageSize: '10' });
    await waitFor(() => expect(rows()).toHaveLength(10));

    await user.click(screen.getByRole('button', { name: 'Trang 2' }));
    await waitForSearch(router, { pageSize: '10', page: '2' });
    const page2 = await api.articles.list({ ...base, pageSize: 10, page: 2 });
    await waitFor(() => expect(titles()).toEqual(page2.items.map((a) => a.title)));
  });

  it('filters by status, category and author, going back to page 1 each time', async () => {
    const { user, router, api } = await renderApp({ route: '/articles?page=2', user: 'editor_in_chief' });
    await waitForTable();

    await pick(user, 'Trạng thái', 'Nháp');
    await waitForSearch(router, { status: 'draft', page: null });
    const drafts = await api.articles.list({ ...base, status: ['draft'] });
    await totalShown(drafts.total);
    expect(new Set(column(2))).toEqual(new Set(['Nháp']));

    await pick(user, 'Trạng thái', 'Chờ duyệt');
    await waitForSearch(router, { status: 'draft,in_review' });
    await totalShown((await api.articles.list({ ...base, status: ['draft', 'in_review'] })).total);
    await user.keyboard('{Escape}');

    await pick(user, 'Chuyên mục', 'Kinh tế');
    await waitForSearch(router, { category: 'cat-kinh-te', status: 'draft,in_review' });
    await totalShown((await api.articles.list({ ...base, status: ['draft', 'in_review'], categoryId: 'cat-kinh-te' })).total);

    await pick(user, 'Chuyên mục', 'Kinh tế');
    await pick(user, 'Trạng thái', 'Nháp');
    await pick(user, 'Trạng thái', 'Chờ duyệt');
    await user.keyboard('{Escape}');
    await waitForSearch(router, { status: null });
    await user.click(screen.getByRole('combobox', { name: 'Tác giả' }));
    await user.type(screen.getByRole('combobox', { name: 'Tác giả' }), 'tran van');
    await user.click(await screen.findByRole('option', { name: 'Trần Văn Hùng' }));
    await waitForSearch(router, { author: 'u-phongvien2' });
    await totalShown((await api.articles.list({ ...base, authorId: 'u-phongvien2' })).total);
    expect(new Set(column(4))).toEqual(new Set(['Trần Văn Hùng']));
  });

  it('sorts by creation date, oldest first', async () => {
    const { user, router, api } = await renderApp({ route: '/articles', user: 'editor_in_chief' });
    await waitForTable();
    await pick(user, 'Sắp xếp', 'Tạo cũ nhất');
    await waitForSearch(router, { sort: 'created-asc' });
    const oldest = await api.articles.list({ ...base, sort: 'createdAt:asc' });
    await waitFor(() => expect(titles()).toEqual(oldest.items.map((a) => a.title)));
    expect(screen.getByRole('columnheader', { name: 'Ngày tạo' })).toBeInTheDocument();
    const times = rows().map((r) => r.querySelector('time')!.getAttribute('datetime')!);
    expect([...times].sort()).toEqual(times);
  });

  it('searches without tone marks: "quan 8" finds "Quận 8", replacing the history entry while typing', async () => {
    const { user, router, api } = await renderApp({ route: '/articles', user: 'editor_in_chief' });
    await waitForTable();
    await user.type(screen.getByRole('searchbox', { name: 'Tìm kiếm' }), 'quan 8');
    await waitForSearch(router, { q: 'quan 8' });
    expect(router.state.historyAction).toBe('REPLACE');
    const found = await api.articles.list({ ...base, q: 'quan 8' });
    expect(found.total).toBeGreaterThan(0);
    await totalShown(found.total);
    expect(titles().some((t) => t.includes('Quận 8'))).toBe(true);
  });

  it('restores every filter from the URL', async () => {
    const sample = store.db.articles.find((a) => a.title.includes('Quận 8') && a.status === 'published')!;
    const category = store.db.categories.find((c) => c.id === sample.categoryId)!;
    const { api } = await renderApp({
      route: `/articles?status=published,changes_requested&q=quan%208&category=${category.id}&sort=created-desc&pageSize=50`,
      user: 'editor_in_chief',
    });
    const search = await screen.findByRole('searchbox', { name: 'Tìm kiếm' }, { timeout: 15000 });
    expect(search).toHaveValue('quan 8');
    const expected = await api.articles.list({
      page: 1,
      pageSize: 50,
      sort: 'createdAt:desc',
      status: ['published', 'changes_requested'],
      categoryId: category.id,
      q: 'quan 8',
    });
    await totalShown(expected.total);
    expect(titles()).toContain(sample.title);
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Chuyên mục' })).toHaveValue(category.name));
    expect(screen.getByRole('combobox', { name: 'Sắp xếp' })).toHaveValue('Tạo mới nhất');
    expect(screen.getByRole('combobox', { name: 'Số bài mỗi trang' })).toHaveValue('50 / trang');
    const statusBox = screen.getByRole('combobox', { name: 'Trạng thái' }).closest('.mantine-MultiSelect-root') as HTMLElement;
    expect(within(statusBox).getByText('Đã xuất bản')).toBeInTheDocument();
    expect(within(statusBox).getByText('Cần sửa')).toBeInTheDocument();
  });

  it('brings the previous filters back with the back button', async () => {
    const { user, router, api } = await renderApp({ route: '/articles', user: 'editor_in_chief' });
    await waitForTable();
    await pick(user, 'Trạng thái', 'Đã xuất bản');
    await waitForSearch(router, { status: 'published' });
    await user.keyboard('{Escape}');
    await pick(user, 'Chuyên mục', 'Văn hóa');
    await waitForSearch(router, { status: 'published', category: 'cat-van-hoa' });

    await router.navigate(-1);
    await waitForSearch(router, { status: 'published', category: null });
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Chuyên mục' })).toHaveValue(''));
    await totalShown((await api.articles.list({ ...base, status: ['published'] })).total);

    await router.navigate(-1);
    await waitForSearch(router, { status: null });
    await totalShown((await api.articles.list(base)).total);
  });

  it('explains a failure and recovers on retry', async () => {
    server.use(
      http.get('*/api/articles', () => HttpResponse.json({ error: { code: 'boom', message: 'boom' } }, { status: 500 })),
    );
    const { user, api } = await renderApp({ route: '/articles', user: 'editor_in_chief' });
    const alert = await screen.findByRole('alert', {}, { timeout: 8000 });
    expect(within(alert).getByText('Không tải được dữ liệu')).toBeInTheDocument();
    expect(within(alert).getByText(/Máy chủ đang gặp sự cố/)).toBeInTheDocument();

    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    await totalShown((await api.articles.list(base)).total);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
