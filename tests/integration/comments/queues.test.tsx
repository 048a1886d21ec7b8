import { screen, waitFor, within } from '@testing-library/react';
import { countComments, listComments } from '@mocks/services/comments';
import { store } from '@mocks/node';
import { openQueue, pendingOldestFirst, row } from './helpers';

describe('comment queues', { timeout: 45_000 }, () => {
  it('shows live counts on the queue tabs and lists the pending queue oldest first', async () => {
    const counts = countComments(store.db);
    const { feed } = await openQueue();
    const tab = (name: string) => screen.getByRole('tab', { name: new RegExp(`^${name}`) });
    await waitFor(() => expect(tab('Chờ duyệt')).toHaveAccessibleName(`Chờ duyệt (${counts.pending})`));
    expect(tab('Bị báo cáo')).toHaveAccessibleName(`Bị báo cáo (${counts.reported})`);
    expect(tab('Spam')).toHaveAccessibleName(`Spam (${counts.spam})`);
    expect(tab('Chờ duyệt')).toHaveAttribute('aria-selected', 'true');

    const oldest = pendingOldestFirst();
    const rows = within(feed).getAllByRole('article');
    expect(rows[0]).toHaveAttribute('data-comment-id', oldest[0]!.id);
    expect(rows[1]).toHaveAttribute('data-comment-id', oldest[1]!.id);
    expect(rows[0]).toHaveAttribute('aria-setsize', String(counts.pending));
  });

  it('switches queue and shows only that queue', async () => {
    const { user, router } = await openQueue();
    await user.click(screen.getByRole('tab', { name: /^Spam/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?queue=spam'));
    const feed = screen.getByRole('feed');
    await waitFor(() => {
      const ids = within(feed).getAllByRole('article').map((r) => r.getAttribute('data-comment-id'));
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(store.db.comments.find((c) => c.id === id)?.status).toBe('spam');
    });
  });

  it('searches text, author and email without tone marks, on the server', async () => {
    const target = pendingOldestFirst().find((c) => /[ăâđêôơưàáạảã]/i.test(c.authorName))!;
    const folded = target.authorName.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd');
    const { user } = await openQueue();
    await user.type(screen.getByRole('searchbox', { name: 'Tìm kiếm' }), `${folded}{Enter}`);
    // Generous: under a loaded machine the typed search, its debounce and the request take a while.
    await waitFor(() => expect(row(target.id)).toBeInTheDocument(), { timeout: 15_000 });
    const expected = listComments(store.db, { queue: 'pending', q: folded, page: 1, pageSize: 20000 });
    expect(expected.total).toBeLessThan(pendingOldestFirst().length);
    const feed = screen.getByRole('feed');
    await waitFor(() => {
      const rows = within(feed).getAllByRole('article');
      expect(rows[0]).toHaveAttribute('aria-setsize', String(expected.total));
      expect(rows.map((r) => r.getAttribute('data-comment-id'))).toEqual(expected.items.slice(0, rows.length).map((c) => c.id));
    }, { timeout: 15_000 });
  });

  it('answers the reports on an approved comment by approving it again, in the reported queue', async () => {
    const { user } = await openQueue('/comments?queue=reported');
    const feed = screen.getByRole('feed');
    const first = within(feed).getAllByRole('article')[0]!;
    const c = store.db.comments.find((x) => x.id === first.getAttribute('data-comment-id'))!;
    expect(c.reports).toBeGreaterThan(0);
    const approve = within(row(c.id)).getByRole('button', { name: `Duyệt bình luận của ${c.authorName}` });
    expect(approve).toBeEnabled();
    await user.click(approve);
    await waitFor(() => expect(store.db.comments.find((x) => x.id === c.id)!.reports).toBe(0));
    expect(store.db.comments.find((x) => x.id === c.id)!.status).toBe('approved');
    await waitFor(() => expect(within(row(c.id)).getByRole('button', { name: `Duyệt bình luận của ${c.authorName}` })).toBeDisabled());
  });
});
