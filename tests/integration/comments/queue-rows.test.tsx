import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { listComments } from '@mocks/services/comments';
import { receiveComment } from '@mocks/services/intake';
import { store } from '@mocks/node';
import { openQueue, pendingOldestFirst, row } from './helpers';

const YEAR = 365 * 86_400_000;
const FLAGGED = 'lồn';
/** Over 320 characters, so the row clamps it; the flagged word sits in the middle. */
const LONG_BODY = `${'Bài viết này dài dòng quá, đọc mãi không hết. '.repeat(4)}Đồ ${FLAGGED}, ${'tác giả nên viết ngắn gọn hơn cho bạn đọc dễ theo dõi. '.repeat(4)}`;

describe('what each queue row shows', { timeout: 60_000 }, () => {
  it('shows the article, the relative time in the UI language, the clamped text, the flag, the reports and the author history', async () => {
    // The oldest pending comment, made three years old so it leads the queue, long, flagged and reported.
    const c = pendingOldestFirst()[0]!;
    const start = LONG_BODY.indexOf(FLAGGED);
    Object.assign(store.db.comments.find((x) => x.id === c.id)!, {
      createdAt: new Date(Date.now() - 3 * YEAR - 5 * 86_400_000).toISOString(),
      body: LONG_BODY,
      reports: 3,
      flags: [{ ruleId: 'vi-lon', term: 'lồn', severity: 'block', start, end: start + FLAGGED.length }],
    });
    const title = store.db.articles.find((a) => a.id === c.articleId)!.title;
    const history = listComments(store.db, { email: c.email, page: 1, pageSize: 20000 } as Parameters<typeof listComments>[1]).items;
    const count = (status: string) => history.filter((h) => h.status === status).length;

    const { user } = await openQueue();
    const r = row(c.id);
    expect(r).toHaveTextContent(`Bài: ${title}`);
    expect(within(r).getByText('3 năm trước')).toHaveAttribute('datetime', store.db.comments.find((x) => x.id === c.id)!.createdAt);
    expect(within(r).getByText('3 lượt báo cáo')).toBeInTheDocument();

    // The flag: the rule and its severity on a badge, the words it caught in its title, the span marked in the text.
    const badge = within(r).getByText('«lồn» · Chặn');
    expect(badge).toHaveAttribute('title', 'Khớp: lồn');
    const marks = r.querySelectorAll('mark');
    expect(Array.from(marks, (m) => m.textContent)).toEqual([FLAGGED]);

    // Long text: clamped behind "Xem thêm", which says what it controls and whether it is open.
    const body = document.getElementById(`comment-body-${c.id}`)!;
    expect(body).toHaveTextContent(LONG_BODY.trim());
    const more = within(r).getByRole('button', { name: 'Xem thêm' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(more).toHaveAttribute('aria-controls', body.id);
    const clampedClass = body.className;
    await user.click(more);
    const less = within(r).getByRole('button', { name: 'Thu gọn' });
    expect(less).toHaveAttribute('aria-expanded', 'true');
    expect(body.className).not.toBe(clampedClass);
    await user.click(less);
    expect(within(r).getByRole('button', { name: 'Xem thêm' })).toHaveAttribute('aria-expanded', 'false');
    expect(body.className).toBe(clampedClass);

    // The author's record, once the list rests.
    await waitFor(() =>
      expect(r).toHaveTextContent(`Lịch sử: ${count('approved')} đã duyệt · ${count('rejected')} bị từ chối · ${count('spam')} spam`),
    );
    expect(history.length).toBeGreaterThan(0);

    // In English, the time and the labels follow.
    await user.click(screen.getByRole('button', { name: 'Ngôn ngữ' }));
    await user.click(await screen.findByRole('menuitem', { name: 'English' }));
    await waitFor(() => expect(within(row(c.id)).getByText('3 years ago')).toBeInTheDocument());
    expect(row(c.id)).toHaveTextContent(`On: ${title}`);
    expect(within(row(c.id)).getByText('3 reports')).toBeInTheDocument();
    expect(within(row(c.id)).getByRole('button', { name: 'Show more' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('filters the queue by article from the article select', async () => {
    const { user, router } = await openQueue();
    await user.click(screen.getByLabelText('Bài viết'));
    const options = await screen.findAllByRole('option');
    const pending = new Set(pendingOldestFirst().map((c) => c.articleId));
    // A title only one article has, on an article with pending comments.
    const withTitle = (title: string | null) => store.db.articles.filter((a) => a.title === title);
    const option = options.find((o) => withTitle(o.textContent).length === 1 && pending.has(withTitle(o.textContent)[0]!.id))!;
    const articleId = withTitle(option.textContent)[0]!.id;
    await user.click(option);

    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('article')).toBe(articleId));
    const expected = pendingOldestFirst().filter((c) => c.articleId === articleId);
    const feed = screen.getByRole('feed');
    await waitFor(() => {
      const rows = within(feed).getAllByRole('article');
      expect(rows[0]).toHaveAttribute('aria-setsize', String(expected.length));
      expect(rows.map((x) => x.getAttribute('data-comment-id'))).toEqual(expected.slice(0, rows.length).map((c) => c.id));
    });
  });
});

describe('comments arriving while a moderator works', { timeout: 60_000 }, () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('polls every 15 s, waits behind a banner without moving the rows, and shows them on reload', async () => {
    // Timers run on their own and can be pushed ahead; dates stay real.
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    // The published article with the fewest pending comments: its whole queue is on screen.
    const pendingOn = (id: string) => store.db.comments.filter((c) => c.articleId === id && c.status === 'pending').length;
    const article = store.db.articles
      .filter((a) => a.status === 'published' && pendingOn(a.id) > 0)
      .sort((a, b) => pendingOn(a.id) - pendingOn(b.id))[0]!;
    const { feed } = await openQueue(`/comments?article=${article.id}`);
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    const shown = () => within(feed).getAllByRole('article').map((r) => [r.getAttribute('data-comment-id'), r.getAttribute('aria-setsize'), r.textContent]);
    const before = shown();

    const fresh = [1, 2].map((n) =>
      receiveComment(store.db, { articleId: article.id, authorName: `Bạn đọc mới ${n}`, email: `moi${n}@example.vn`, body: `Bình luận mới số ${n}` }),
    );
    expect(fresh.map((c) => c.status)).toEqual(['pending', 'pending']);

    // Not before the interval (the margin covers the real time the timers also run on).
    await act(async () => {
      await vi.advanceTimersByTimeAsync(12_000);
    });
    expect(screen.queryByText(/bình luận mới$/)).not.toBeInTheDocument();

    await act(async () => {
      await vi.advanceTimersByTimeAsync(3_500);
    });
    await waitFor(() => expect(screen.getByText('2 bình luận mới')).toBeInTheDocument());
    // The rows on screen stay exactly as they were: none added, none moved, the same count.
    expect(shown()).toEqual(before);
    for (const c of fresh) expect(document.getElementById(`comment-row-${c.id}`)).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Tải lại danh sách' }));
    await waitFor(() => expect(within(feed).getAllByRole('article')[0]).toHaveAttribute('aria-setsize', String(Number(before[0]![1]) + 2)));
    await waitFor(() => {
      for (const c of fresh) expect(row(c.id)).toBeInTheDocument();
    });
    await waitFor(() => expect(screen.queryByText('2 bình luận mới')).not.toBeInTheDocument(), { timeout: 10_000 });
  });
});
