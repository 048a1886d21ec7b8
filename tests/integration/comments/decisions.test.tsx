import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server, store } from '@mocks/node';
import { actOnComment } from '@mocks/services/comments';
import { announcer, openQueue, pendingOldestFirst, row, shownStatus, statusOf, toast } from './helpers';


describe('decisions that fail or collide', { timeout: 45_000 }, () => {
  it('approves at once, then rolls back and says so when the server fails', async () => {
    const [c0] = pendingOldestFirst();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    server.use(
      http.patch('*/api/comments/:id', async () => {
        await gate;
        return HttpResponse.json({ error: { code: 'boom', message: 'Internal error' } }, { status: 500 });
      }),
    );
    const { user } = await openQueue();
    await user.click(within(row(c0!.id)).getByRole('button', { name: `Duyệt bình luận của ${c0!.authorName}` }));
    // Applied before the server answers.
    expect(shownStatus(c0!.id)).toBe('Đã duyệt');
    release();
    await waitFor(() => expect(shownStatus(c0!.id)).toBeNull());
    expect(await toast(`Không duyệt được bình luận của ${c0!.authorName}; đã trả lại như cũ.`)).toBeInTheDocument();
    expect(announcer()).toHaveTextContent('đã trả lại như cũ');
    expect(within(row(c0!.id)).getByRole('note')).toHaveTextContent('Chưa lưu được quyết định');
    expect(statusOf(c0!.id)).toBe('pending');
  });

  it('shows who acted first when another moderator already decided (409)', async () => {
    const [c0] = pendingOldestFirst();
    const { user } = await openQueue();
    // Another moderator rejects it after our list was loaded.
    const stored = store.db.comments.find((c) => c.id === c0!.id)!;
    Object.assign(stored, { status: 'rejected', version: stored.version + 1, moderatedBy: 'Vũ Hoàng Long' });

    await user.click(within(row(c0!.id)).getByRole('button', { name: `Duyệt bình luận của ${c0!.authorName}` }));
    await waitFor(() => expect(within(row(c0!.id)).getByRole('note')).toHaveTextContent('Vũ Hoàng Long đã xử lý bình luận này trước bạn: Đã từ chối.'));
    // Screen reader users hear the refusal, not the approval they asked for.
    expect(announcer()).toHaveTextContent('Vũ Hoàng Long đã xử lý bình luận này trước bạn: Đã từ chối.');
    expect(announcer()).not.toHaveTextContent('Đã duyệt');
    expect(shownStatus(c0!.id)).toBe('Đã từ chối');
    expect(shownStatus(c0!.id)).not.toBe('Đã duyệt');
    expect(statusOf(c0!.id)).toBe('rejected');
  });

  it('names the system in words when the server decided first', async () => {
    const [c0] = pendingOldestFirst();
    const { user } = await openQueue();
    const stored = store.db.comments.find((c) => c.id === c0!.id)!;
    Object.assign(stored, { status: 'rejected', version: stored.version + 1, moderatedBy: 'system' });

    await user.click(within(row(c0!.id)).getByRole('button', { name: `Duyệt bình luận của ${c0!.authorName}` }));
    await waitFor(() => expect(within(row(c0!.id)).getByRole('note')).toHaveTextContent('Hệ thống đã xử lý bình luận này trước bạn: Đã từ chối.'));
    expect(row(c0!.id)).toHaveTextContent('Hệ thống · Đã từ chối');
    expect(row(c0!.id)).not.toHaveTextContent('system');
  });

  it('never overwrites another moderator’s decision with a stale bulk action, and shows who did what', async () => {
    const [c0, c1] = pendingOldestFirst();
    const { user } = await openQueue();
    // Another moderator rejects the first comment after our list was loaded.
    const long = store.db.users.find((u) => u.id === 'u-kiemduyet2')!;
    actOnComment(store.db, long, c0!.id, 'reject', c0!.version);

    await user.click(within(row(c0!.id)).getByRole('checkbox'));
    await user.click(within(row(c1!.id)).getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Duyệt tất cả' }));
    await waitFor(() => expect(within(row(c0!.id)).getByRole('note')).toHaveTextContent('Vũ Hoàng Long đã xử lý bình luận này trước bạn: Đã từ chối.'));
    expect(row(c0!.id)).toHaveTextContent('Vũ Hoàng Long · Đã từ chối');
    expect(shownStatus(c0!.id)).toBe('Đã từ chối');
    expect(shownStatus(c1!.id)).toBe('Đã duyệt');
    expect(statusOf(c0!.id)).toBe('rejected');
    expect(statusOf(c1!.id)).toBe('approved');
    expect(await toast('1 trên 2 bình luận chưa duyệt được.')).toBeInTheDocument();
  });

  it('bases a decision on the newest version, even after a bulk action on the same comment', async () => {
    const [c0, c1] = pendingOldestFirst();
    const { user } = await openQueue();
    row(c0!.id).focus();
    await user.keyboard('a');
    await waitFor(() => expect(statusOf(c0!.id)).toBe('approved'));
    await user.click(within(row(c0!.id)).getByRole('checkbox'));
    await user.click(within(row(c1!.id)).getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Từ chối tất cả' }));
    await waitFor(() => expect([statusOf(c0!.id), statusOf(c1!.id)]).toEqual(['rejected', 'rejected']));
    await waitFor(() => expect(shownStatus(c0!.id)).toBe('Đã từ chối'));
    row(c0!.id).focus();
    await user.keyboard('s');
    await waitFor(() => expect(statusOf(c0!.id)).toBe('spam'));
    await waitFor(() => expect(shownStatus(c0!.id)).toBe('Spam'));
    expect(within(row(c0!.id)).queryByRole('note')).toBeNull();
  });

  it('shows partial bulk failures on each comment that failed', async () => {
    const [c0, c1, c2] = pendingOldestFirst();
    server.use(
      http.post('*/api/comments/bulk', async ({ request }) => {
        const { items } = (await request.json()) as { items: { id: string }[] };
        const results = items.map(({ id }) => {
          const c = store.db.comments.find((x) => x.id === id)!;
          if (id === c1!.id) return { id, ok: false, error: { code: 'locked', message: 'Bình luận đang được xử lý ở nơi khác.' } };
          c.status = 'spam';
          c.version += 1;
          return { id, ok: true, comment: { ...c, articleTitle: '' } };
        });
        return HttpResponse.json({ results });
      }),
    );
    const { user } = await openQueue();
    for (const c of [c0, c1, c2]) await user.click(within(row(c!.id)).getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Spam tất cả' }));
    await waitFor(() => expect(within(row(c1!.id)).getByRole('note')).toHaveTextContent('Bình luận đang được xử lý ở nơi khác.'));
    expect(shownStatus(c0!.id)).toBe('Spam');
    expect(shownStatus(c2!.id)).toBe('Spam');
    expect(shownStatus(c1!.id)).toBeNull();
    expect(await toast('1 trên 3 bình luận chưa đánh dấu spam được.')).toBeInTheDocument();
    expect(announcer()).toHaveTextContent('1 trên 3 bình luận chưa đánh dấu spam được.');
  });

  it('offers undo in a toast, for single and bulk decisions', async () => {
    const [c0, c1, c2] = pendingOldestFirst();
    const { user } = await openQueue();
    await user.click(within(row(c0!.id)).getByRole('button', { name: `Từ chối bình luận của ${c0!.authorName}` }));
    await waitFor(() => expect(statusOf(c0!.id)).toBe('rejected'));
    await user.click(within(await toast(`Đã từ chối bình luận của ${c0!.authorName}.`)).getByRole('button', { name: 'Hoàn tác' }));
    await waitFor(() => expect(statusOf(c0!.id)).toBe('pending'));
    await waitFor(() => expect(shownStatus(c0!.id)).toBeNull());

    await user.click(within(row(c1!.id)).getByRole('checkbox'));
    await user.click(within(row(c2!.id)).getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Duyệt tất cả' }));
    await waitFor(() => expect(statusOf(c2!.id)).toBe('approved'));
    await user.click(within(await toast('Đã duyệt 2 bình luận.')).getByRole('button', { name: 'Hoàn tác' }));
    await waitFor(() => expect([statusOf(c1!.id), statusOf(c2!.id)]).toEqual(['pending', 'pending']));
  });
});
