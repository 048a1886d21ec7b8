import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { clock, store } from '@mocks/node';
import { SEED_BASE_DATE } from '@mocks/seed';
import { formatDuration } from '@/components/format-relative';
import { vietnamParts } from '@/domain';
import { renderApp, server } from '../../render';

vi.setConfig({ testTimeout: 60_000 });
beforeAll(() => import('@/features/dashboard/dashboard-page'), 60_000);

// The seed is dated around its base date; the page and the demo server must agree on "today".
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(SEED_BASE_DATE));
  clock.set(SEED_BASE_DATE);
});
afterEach(() => vi.useRealTimers());

const panel = async (name: string) => (await screen.findByRole('heading', { name, level: 3 }, { timeout: 15000 })).closest('section') as HTMLElement;
const count = (section: HTMLElement, n: number) => within(section).findByLabelText(`${n} bài viết`);

describe('dashboard', () => {
  it("shows a reporter where their articles stand, with the editor's reasons", async () => {
    const reporterId = store.db.users.find((u) => u.username === 'phongvien')!.id;
    const takenDown = store.db.articles.find((a) => a.authorId === reporterId && a.status === 'published')!;
    takenDown.status = 'unpublished';
    takenDown.lastReason = { codes: ['sensitive'], text: 'Ảnh nạn nhân chưa che mặt.', by: 'u-tongbientap', at: SEED_BASE_DATE };
    for (const a of store.db.articles) if (a.authorId === reporterId && a.status === 'changes_requested' && a.lastReason) a.lastReason.codes = ['spelling', 'missing_source'];
    const { account } = await renderApp({ route: '/', user: 'phongvien' });
    const mine = store.db.articles.filter((a) => a.authorId === account!.id);
    const of = (status: string) => mine.filter((a) => a.status === status);

    const returned = await panel('Bị trả lại, cần sửa');
    await count(returned, of('changes_requested').length);
    const withReason = of('changes_requested').find((a) => a.lastReason?.text);
    expect(withReason).toBeDefined();
    expect(within(returned).getByRole('link', { name: withReason!.title })).toHaveAttribute('href', `/articles/${withReason!.id}/edit`);
    // Codes in words, never their ids, then the editor's text.
    expect(within(returned).getByText(`Lý do: Lỗi chính tả, Thiếu nguồn — ${withReason!.lastReason!.text}`)).toBeInTheDocument();
    expect(within(returned).getByRole('link', { name: 'Xem tất cả →' })).toHaveAttribute('href', '/my-articles?status=changes_requested');

    await count(await panel('Bản nháp'), of('draft').length);
    await count(await panel('Đang chờ duyệt'), of('in_review').length);
    await count(await panel('Mới xuất bản'), of('published').length);
    const down = await panel('Bị gỡ xuống');
    await count(down, of('unpublished').length);
    expect(within(down).getByText('Lý do: Nội dung nhạy cảm — Ảnh nạn nhân chưa che mặt.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Hàng chờ bình luận' })).not.toBeInTheDocument();
  });

  it('shows the editor-in-chief what waits for review, what is scheduled and what went out today', async () => {
    // The longest-waiting article was just edited by the editor-in-chief: its wait still counts from its submission.
    const oldest = store.db.articles.filter((a) => a.status === 'in_review').sort((a, b) => a.submittedAt!.localeCompare(b.submittedAt!))[0];
    oldest.updatedAt = new Date(SEED_BASE_DATE).toISOString();
    await renderApp({ route: '/', user: 'editor_in_chief' });
    const of = (status: string) => store.db.articles.filter((a) => a.status === status);
    const today = vietnamParts(SEED_BASE_DATE);
    const isToday = (iso: string | null) => {
      if (!iso) return false;
      const p = vietnamParts(iso);
      return p.year === today.year && p.month === today.month && p.day === today.day;
    };

    const waiting = await panel('Chờ duyệt');
    await count(waiting, of('in_review').length);
    const oldestWait = formatDuration(Date.parse(SEED_BASE_DATE) - Date.parse(oldest.submittedAt!), 'vi');
    expect(oldestWait).toMatch(/giờ|ngày|tuần|tháng/);
    expect(within(waiting).getByText(`Bài chờ lâu nhất: ${oldestWait}`)).toBeInTheDocument();
    // The queue, in the same order as the panel: by submission.
    expect(within(waiting).getByRole('link', { name: 'Xem tất cả →' })).toHaveAttribute('href', '/review');

    const scheduledToday = of('scheduled').filter((a) => isToday(a.scheduledAt));
    expect(scheduledToday.length).toBeGreaterThan(0);
    expect(scheduledToday.length).toBeLessThan(of('scheduled').length);
    await count(await panel('Hẹn giờ đăng hôm nay'), scheduledToday.length);
    const publishedToday = of('published').filter((a) => isToday(a.publishedAt));
    expect(publishedToday.length).toBeGreaterThan(0);
    const todayPanel = await panel('Xuất bản hôm nay');
    await count(todayPanel, publishedToday.length);
    for (const a of publishedToday.slice(0, 5)) expect(within(todayPanel).getByRole('link', { name: a.title })).toBeInTheDocument();

    // The editor-in-chief may also moderate.
    expect(await screen.findByRole('heading', { name: 'Hàng chờ bình luận' })).toBeInTheDocument();
  });

  it("counts as scheduled today only what goes out before midnight in Vietnam, whatever the machine's zone", async () => {
    // 23:30 in Vietnam, 16:30 UTC: one article goes out in a quarter of an hour, another at 01:00
    // tomorrow in Vietnam — still the same day in UTC, so a day taken from the machine's zone counts both.
    const now = '2026-11-20T16:30:00.000Z';
    vi.setSystemTime(new Date(now));
    clock.set(now);
    const [tonight, afterMidnight, ...rest] = store.db.articles.filter((a) => a.status === 'scheduled');
    tonight.scheduledAt = '2026-11-20T16:45:00.000Z';
    afterMidnight.scheduledAt = '2026-11-20T18:00:00.000Z';
    for (const a of rest) a.scheduledAt = '2026-11-23T03:00:00.000Z';

    await renderApp({ route: '/', user: 'editor_in_chief' });
    const section = await panel('Hẹn giờ đăng hôm nay');
    await count(section, 1);
    expect(within(section).getByRole('link', { name: tonight.title })).toBeInTheDocument();
    expect(within(section).queryByRole('link', { name: afterMidnight.title })).not.toBeInTheDocument();
  });

  it('shows a moderator the pending comments and links to the queue', async () => {
    const { api } = await renderApp({ route: '/', user: 'moderator' });
    const counts = await api.comments.counts();
    const section = await panel('Hàng chờ bình luận');
    const pending = await within(section).findByText(new Intl.NumberFormat('vi').format(counts.pending));
    expect(pending).toHaveAccessibleDescription('bình luận chờ duyệt');
    expect(within(section).getByText(/^Chờ lâu nhất: /)).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Mở trang kiểm duyệt bình luận →' })).toHaveAttribute('href', '/comments');
    expect(screen.queryByRole('heading', { name: 'Bản nháp' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Chờ duyệt', level: 3 })).not.toBeInTheDocument();
  });

  it('explains a failed panel and retries it', async () => {
    server.use(http.get('*/api/comments/counts', () => HttpResponse.json({ error: { code: 'x', message: 'x' } }, { status: 503 })));
    const { user, api } = await renderApp({ route: '/', user: 'moderator' });
    const section = await panel('Hàng chờ bình luận');
    const alert = await within(section).findByRole('alert', {}, { timeout: 15000 });
    expect(within(alert).getByText(/Máy chủ đang gặp sự cố/)).toBeInTheDocument();
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    const counts = await api.comments.counts();
    await waitFor(() => expect(within(section).getByText(new Intl.NumberFormat('vi').format(counts.pending))).toBeInTheDocument());
  });
});
