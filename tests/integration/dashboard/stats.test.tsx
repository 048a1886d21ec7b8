import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { clock, store } from '@mocks/node';
import { SEED_BASE_DATE } from '@mocks/seed';
import { createApi } from '@/api/registry';
import { articleStatuses, vietnamParts } from '@/domain';
import { renderApp, server, TEST_API_BASE } from '../../render';

vi.setConfig({ testTimeout: 60_000 });
beforeAll(() => import('@/features/dashboard/dashboard-page'), 60_000);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(SEED_BASE_DATE));
  clock.set(SEED_BASE_DATE);
});
afterEach(() => vi.useRealTimers());

const STATS = 'Bài viết theo trạng thái, 30 ngày qua';
const TRENDS = 'Bài có bình luận tăng nhanh nhất';
const panel = async (name: string) => (await screen.findByRole('heading', { name, level: 3 }, { timeout: 15000 })).closest('section') as HTMLElement;
const unavailable = { error: { code: 'unavailable', message: 'down' } };

/** `20/11/2026`: how the table names a Vietnam calendar day. */
const dayName = (instant: string | number) => {
  const p = vietnamParts(instant);
  return `${String(p.day).padStart(2, '0')}/${String(p.month).padStart(2, '0')}/${p.year}`;
};

describe('editor-in-chief: articles by status and by day', () => {
  it('reads the figures out in a table, day by day in Vietnam time, with the counts as they stand', async () => {
    const { user } = await renderApp({ route: '/', user: 'editor_in_chief' });
    const section = await panel(STATS);
    // Drawn when asked for: the button says whether it is open and which element it opens.
    const toggle = await within(section).findByRole('button', { name: 'Xem số liệu dạng bảng' }, { timeout: 15000 });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(section).queryByRole('table')).not.toBeInTheDocument();
    await user.click(toggle);
    const table = await within(section).findByRole('table', { name: /mỗi ngày, 30 ngày qua \(giờ Việt Nam\)/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAccessibleName('Ẩn bảng số liệu');
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)).toContainElement(table);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(30);

    // Today (Vietnam time) is the last row; yesterday the one before.
    const today = dayName(SEED_BASE_DATE);
    expect(within(rows[29]).getByRole('rowheader')).toHaveTextContent(today);
    expect(within(rows[28]).getByRole('rowheader')).toHaveTextContent(dayName(Date.parse(SEED_BASE_DATE) - 86_400_000));

    const header = within(table).getAllByRole('columnheader').map((c) => c.textContent);
    expect(header).toEqual(['Ngày', 'Nháp', 'Chờ duyệt', 'Cần sửa', 'Đã duyệt', 'Hẹn giờ', 'Đã xuất bản', 'Đã gỡ']);
    const entered = (status: string) =>
      new Set(store.db.history.filter((h) => h.to === status && dayName(h.at) === today).map((h) => h.articleId)).size;
    const cells = within(rows[29]).getAllByRole('cell').map((c) => Number(c.textContent));
    expect(cells).toEqual(articleStatuses.map(entered));
    expect(cells.some((n) => n > 0)).toBe(true);

    const now = within(section).getByRole('list', { name: 'Số bài hiện có theo trạng thái:' });
    const held = (status: string) => store.db.articles.filter((a) => a.status === status).length;
    expect(within(now).getAllByRole('listitem').map((li) => li.textContent)).toEqual(
      ['Nháp', 'Chờ duyệt', 'Cần sửa', 'Đã duyệt', 'Hẹn giờ', 'Đã xuất bản', 'Đã gỡ'].map((label, i) => `${label}${held(articleStatuses[i])}`),
    );
    expect(section).toHaveAccessibleDescription(/theo lịch sử duyệt bài/);
  });

  it('draws one cell a status a day, in that status’s colour, stronger for more, empty for none', async () => {
    await renderApp({ route: '/', user: 'editor_in_chief' });
    const section = await panel(STATS);
    // The chart's code loads apart from the page: wait for it to draw.
    const drawn = () => [...section.querySelectorAll<SVGRectElement>('svg [data-id="all-cells"] rect')].filter((r) => r.getAttribute('fill') !== 'transparent');
    await waitFor(() => expect(drawn()).toHaveLength(articleStatuses.length * 30), { timeout: 15000 });
    const cells = drawn();

    const today = dayName(SEED_BASE_DATE);
    const entered = (status: string, day: string) =>
      new Set(store.db.history.filter((h) => h.to === status && dayName(h.at) === day).map((h) => h.articleId)).size;
    const colours = ['gray', 'blue', 'orange', 'teal', 'violet', 'green', 'red'];
    const counts = articleStatuses.map((s) => entered(s, today));
    // One row a status, today in the last column.
    articleStatuses.forEach((status, row) => {
      const cell = cells[row * 30 + 29];
      if (counts[row] === 0) expect(cell.getAttribute('fill'), status).toBe('var(--matrix-empty-bg)');
      else {
        expect(cell.getAttribute('fill'), status).toBe(`var(--mantine-color-${colours[row]}-6)`);
        expect(['0.3', '0.5', '0.75', '1'], status).toContain(cell.getAttribute('fill-opacity'));
      }
    });
    expect(counts.some((n) => n > 0)).toBe(true);
    expect(section.querySelector('svg')?.closest('[aria-hidden]')).not.toBeNull();
  });

  it('explains a failure and loads on retry', async () => {
    server.use(http.get('*/api/articles/stats', () => HttpResponse.json(unavailable, { status: 503 })));
    const { user } = await renderApp({ route: '/', user: 'editor_in_chief' });
    const section = await panel(STATS);
    const alert = await within(section).findByRole('alert', {}, { timeout: 15000 });
    expect(within(alert).getByText(/Máy chủ đang gặp sự cố/)).toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: 'Xem số liệu dạng bảng' })).not.toBeInTheDocument();
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    await user.click(await within(section).findByRole('button', { name: 'Xem số liệu dạng bảng' }));
    expect(await within(section).findByRole('table')).toBeInTheDocument();
    expect(within(section).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says so when the backend keeps no history to count', async () => {
    const rest = createApi({ api: { adapter: 'rest', baseUrl: TEST_API_BASE }, demo: true });
    const api = { ...rest, capabilities: { ...rest.capabilities, articleStats: false } };
    await renderApp({ route: '/', user: 'editor_in_chief', api });
    const section = await panel(STATS);
    expect(await within(section).findByText(/Máy chủ này không cung cấp thống kê bài viết theo ngày/)).toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: 'Xem số liệu dạng bảng' })).not.toBeInTheDocument();
  });

  it('is not offered to a reporter, and the server refuses it', async () => {
    const { api } = await renderApp({ route: '/', user: 'reporter' });
    await screen.findByRole('heading', { name: 'Bản nháp', level: 3 });
    expect(screen.queryByRole('heading', { name: STATS })).not.toBeInTheDocument();
    await expect(api.articles.stats!({ days: 30 })).rejects.toMatchObject({ kind: 'forbidden' });
  });
});

describe('moderator: fastest-growing comment counts', () => {
  /** Comments received in the 24 h up to now, and in the 24 h before, per article. */
  function expectedTop() {
    const now = Date.parse(SEED_BASE_DATE);
    const day = 86_400_000;
    const rows = new Map<string, { recent: number; previous: number }>();
    for (const c of store.db.comments) {
      const age = now - Date.parse(c.createdAt);
      if (age < 0 || age >= 2 * day) continue;
      const row = rows.get(c.articleId) ?? { recent: 0, previous: 0 };
      row[age < day ? 'recent' : 'previous'] += 1;
      rows.set(c.articleId, row);
    }
    return [...rows]
      .filter(([, r]) => r.recent > r.previous)
      .sort(([a, x], [b, y]) => y.recent - y.previous - (x.recent - x.previous) || y.recent - x.recent || a.localeCompare(b))
      .slice(0, 5);
  }

  it('lists the top five with their counts, each linking to the queue for that article', async () => {
    const { user, router } = await renderApp({ route: '/', user: 'moderator' });
    const section = await panel(TRENDS);
    const items = await within(section).findAllByRole('listitem');
    const top = expectedTop();
    expect(top.length).toBe(5);
    expect(items).toHaveLength(5);
    top.forEach(([articleId, { recent, previous }], i) => {
      const title = store.db.articles.find((a) => a.id === articleId)!.title;
      expect(within(items[i]).getByRole('link', { name: title })).toHaveAttribute('href', `/comments?article=${articleId}`);
      expect(items[i]).toHaveTextContent(`${recent} bình luận (trước đó: ${previous})`);
      expect(items[i]).toHaveTextContent(`+${recent - previous}`);
    });
    expect(within(section).getByText('Số bình luận nhận được trong 24 giờ qua so với 24 giờ trước đó (mọi trạng thái).')).toBeInTheDocument();

    await user.click(within(items[0]).getByRole('link'));
    await waitFor(() => expect(router.state.location.search).toBe(`?article=${top[0][0]}`));
    expect(router.state.location.pathname).toBe('/comments');
  });

  it('says when nothing grows', async () => {
    // Two days on, every seeded comment is older than both windows.
    clock.set(Date.parse(SEED_BASE_DATE) + 3 * 86_400_000);
    await renderApp({ route: '/', user: 'moderator' });
    const section = await panel(TRENDS);
    expect(await within(section).findByText('Không có bài nào có bình luận tăng so với hôm trước.')).toBeInTheDocument();
  });

  it('explains a failure and loads on retry', async () => {
    server.use(http.get('*/api/comments/trending', () => HttpResponse.json(unavailable, { status: 503 })));
    const { user } = await renderApp({ route: '/', user: 'moderator' });
    const section = await panel(TRENDS);
    const alert = await within(section).findByRole('alert', {}, { timeout: 15000 });
    expect(within(alert).getByText(/Máy chủ đang gặp sự cố/)).toBeInTheDocument();
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await within(section).findAllByRole('listitem')).toHaveLength(5);
    expect(within(section).queryByRole('alert')).not.toBeInTheDocument();
  });
});
