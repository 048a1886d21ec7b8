import { screen, waitFor, within } from '@testing-library/react';
import { store } from '@mocks/node';
import { STAFF_AUTHOR_NAME } from '@mocks/services/comments';
import { announcer, openQueue, pendingOldestFirst, row, shownStatus, statusOf } from './helpers';

describe('thread and commenter views', { timeout: 45_000 }, () => {
  it('shows the parents of a comment and replies as the newsroom', async () => {
    const child = pendingOldestFirst().find((c) => c.parentId && store.db.comments.some((p) => p.id === c.parentId))!;
    const parent = store.db.comments.find((c) => c.id === child.parentId)!;
    const article = store.db.articles.find((a) => a.id === child.articleId)!;
    const { user } = await openQueue(`/comments?q=${encodeURIComponent(child.email!)}`);
    await user.click(within(row(child.id)).getByRole('button', { name: `Xem luồng thảo luận quanh bình luận của ${child.authorName}` }));

    const drawer = await screen.findByRole('dialog', { name: 'Luồng thảo luận' });
    expect(within(drawer).getByRole('heading', { name: article.title })).toBeInTheDocument();
    const thread = await within(drawer).findByRole('list', { name: 'Các bình luận trong luồng' });
    const items = within(thread).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(parent.body);
    expect(within(thread).getByText(child.body).closest('li')).toHaveAttribute('aria-current', 'true');

    await user.click(within(drawer).getByRole('button', { name: 'Gửi trả lời' }));
    expect(await within(drawer).findByText('Vui lòng nhập trường này.')).toBeInTheDocument();
    await user.type(within(drawer).getByRole('textbox', { name: 'Trả lời với tư cách Ban biên tập' }), 'Cảm ơn bạn đã góp ý, toà soạn sẽ chuyển tới cơ quan chức năng.');
    await user.click(within(drawer).getByRole('button', { name: 'Gửi trả lời' }));

    const reply = await within(drawer).findByText('Cảm ơn bạn đã góp ý, toà soạn sẽ chuyển tới cơ quan chức năng.');
    expect(within(reply.closest('li')!).getByText('Ban biên tập')).toBeInTheDocument();
    const stored = store.db.comments.find((c) => c.parentId === child.id && c.staffReply)!;
    expect(stored).toMatchObject({ status: 'approved', authorName: STAFF_AUTHOR_NAME });
  });

  it('lists a commenter’s comments by status and bans them with a reason and duration', async () => {
    const counts = new Map<string, number>();
    for (const c of pendingOldestFirst()) if (c.email) counts.set(c.email, (counts.get(c.email) ?? 0) + 1);
    const email = [...counts].find(([, n]) => n >= 2)![0];
    const theirs = store.db.comments.filter((c) => c.email === email);
    const pending = theirs.filter((c) => c.status === 'pending');
    const first = pending.sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0]!;
    const { user } = await openQueue(`/comments?q=${encodeURIComponent(email)}`);

    await user.click(within(row(first.id)).getByRole('button', { name: first.authorName }));
    const drawer = await screen.findByRole('dialog', { name: 'Người bình luận' });
    const byStatus = await within(drawer).findByRole('group', { name: 'Số bình luận theo trạng thái' });
    expect(byStatus).toHaveTextContent(`${theirs.length} bình luận`);
    expect(byStatus).toHaveTextContent(`Chờ duyệt: ${pending.length}`);
    expect(byStatus).toHaveTextContent(`Spam: ${theirs.filter((c) => c.status === 'spam').length}`);

    await user.click(within(drawer).getByRole('button', { name: 'Chặn người này' }));
    expect(await within(drawer).findByText('Vui lòng nhập trường này.')).toBeInTheDocument();
    await user.type(within(drawer).getByRole('textbox', { name: 'Lý do' }), 'Quảng cáo lặp lại nhiều lần');
    await user.click(within(drawer).getByRole('combobox', { name: 'Thời hạn' }));
    await user.click(await screen.findByRole('option', { name: '30 ngày' }));
    await user.click(within(drawer).getByRole('button', { name: 'Chặn người này' }));

    await waitFor(() => expect(store.db.bans).toHaveLength(1));
    expect(store.db.bans[0]).toMatchObject({ email, reason: 'Quảng cáo lặp lại nhiều lần' });
    expect(Date.parse(store.db.bans[0]!.until!) - Date.parse(store.db.bans[0]!.at)).toBe(30 * 86_400_000);
    for (const c of pending) expect(statusOf(c.id)).toBe('rejected');
    expect(await within(drawer).findByText(/bị chặn đến/)).toHaveTextContent('Lý do: Quảng cáo lặp lại nhiều lần');
    expect(announcer()).toHaveTextContent(`Đã chặn ${email}`);
    // The queue shows the server's rejection without reloading.
    await user.keyboard('{Escape}');
    await waitFor(() => expect(shownStatus(first.id)).toBe('Đã từ chối'));
  });

  it('shows a heavy commenter’s counts by status from the server, past the 1,000 comments it lists', async () => {
    const [c0] = pendingOldestFirst().filter((c) => c.email);
    const start = Date.parse(c0!.createdAt);
    // 1,300 older comments: the newest 1,000 of the reader's history are approved, the spam lies beyond.
    for (let i = 0; i < 1300; i += 1) {
      const at = new Date(start - (i + 1) * 60_000).toISOString();
      const status = i < 1000 ? 'approved' : 'spam';
      store.db.comments.push({ ...c0!, id: `c-heavy-${i}`, createdAt: at, status, reports: 0, version: 1, moderatedBy: 'Phạm Thu Hà', moderatedAt: at });
    }
    const theirs = store.db.comments.filter((c) => c.email === c0!.email);
    const count = (s: string) => theirs.filter((c) => c.status === s).length.toLocaleString('vi');
    const { user } = await openQueue();

    await waitFor(() =>
      expect(row(c0!.id)).toHaveTextContent(`Lịch sử: ${count('approved')} đã duyệt · ${count('rejected')} bị từ chối · ${count('spam')} spam`),
    );
    await user.click(within(row(c0!.id)).getByRole('button', { name: c0!.authorName }));
    const drawer = await screen.findByRole('dialog', { name: 'Người bình luận' });
    const byStatus = await within(drawer).findByRole('group', { name: 'Số bình luận theo trạng thái' });
    expect(byStatus).toHaveTextContent(`${theirs.length.toLocaleString('vi')} bình luận`);
    expect(byStatus).toHaveTextContent(`Đã duyệt: ${count('approved')}`);
    expect(byStatus).toHaveTextContent(`Spam: ${count('spam')}`);
    expect(byStatus).toHaveTextContent(`Chờ duyệt: ${count('pending')}`);
  });
});
