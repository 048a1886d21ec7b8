import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { SINGLE_KEY_SHORTCUTS_KEY } from '@/components/use-single-key-shortcuts';
import { http } from 'msw';
import { server, store } from '@mocks/node';
import { announcer, openQueue, pendingOldestFirst, row, shownStatus, statusOf } from './helpers';

describe('moderating from the keyboard', { timeout: 45_000 }, () => {
  it('moves with j/k and decides with a, r and s, focus going to the next comment', async () => {
    const [c0, c1, c2, c3] = pendingOldestFirst();
    const { user } = await openQueue();
    row(c0!.id).focus();

    await user.keyboard('j');
    await waitFor(() => expect(row(c1!.id)).toHaveFocus());
    await user.keyboard('k');
    await waitFor(() => expect(row(c0!.id)).toHaveFocus());

    await user.keyboard('a');
    await waitFor(() => expect(row(c1!.id)).toHaveFocus());
    expect(shownStatus(c0!.id)).toBe('Đã duyệt');
    expect(announcer()).toHaveTextContent(`Đã duyệt bình luận của ${c0!.authorName}`);
    await waitFor(() => expect(statusOf(c0!.id)).toBe('approved'));

    await user.keyboard('r');
    await waitFor(() => expect(row(c2!.id)).toHaveFocus());
    await waitFor(() => expect(statusOf(c1!.id)).toBe('rejected'));

    await user.keyboard('s');
    await waitFor(() => expect(row(c3!.id)).toHaveFocus());
    await waitFor(() => expect(statusOf(c2!.id)).toBe('spam'));
    expect(announcer()).toHaveTextContent(`Đã đánh dấu spam bình luận của ${c2!.authorName}`);
  });

  it('undoes the last decision with z, back to the previous status', async () => {
    const [c0] = pendingOldestFirst();
    const { user } = await openQueue();
    row(c0!.id).focus();
    await user.keyboard('r');
    await waitFor(() => expect(statusOf(c0!.id)).toBe('rejected'));
    await user.keyboard('z');
    await waitFor(() => expect(statusOf(c0!.id)).toBe('pending'));
    await waitFor(() => expect(shownStatus(c0!.id)).toBeNull());
  });

  it('gives a reported comment its reports back when an approval is undone with z', async () => {
    const { user } = await openQueue('/comments?queue=reported');
    const rows = within(screen.getByRole('feed')).getAllByRole('article');
    const stored = (el: HTMLElement) => store.db.comments.find((x) => x.id === el.getAttribute('data-comment-id'))!;
    const c = stored(rows.find((el) => stored(el).status === 'pending')!);
    const reports = c.reports;
    expect(reports).toBeGreaterThan(0);
    row(c.id).focus();
    await user.keyboard('a');
    await waitFor(() => expect(statusOf(c.id)).toBe('approved'));
    expect(c.reports).toBe(0);
    // Holds the undo until the row has been checked; a resolver that returns nothing passes the request on.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    server.use(http.patch('*/api/comments/:id', () => gate));
    await user.keyboard('z');
    // At once, before the server answers: the reports are back on the row.
    await waitFor(() => expect(row(c.id)).toHaveTextContent(`${reports} lượt báo cáo`));
    expect(shownStatus(c.id)).toBe('Chờ duyệt');
    release();
    await waitFor(() => expect(statusOf(c.id)).toBe('pending'));
    expect(c.reports).toBe(reports);
    await waitFor(() => expect(row(c.id)).toHaveTextContent(`${reports} lượt báo cáo`));
  });

  it('selects with x and approves the selection with Shift+A in one request', async () => {
    const [c0, c1, c2] = pendingOldestFirst();
    const { user } = await openQueue();
    row(c0!.id).focus();
    await user.keyboard('x');
    await user.keyboard('j');
    await user.keyboard('j');
    await user.keyboard('x');
    expect(screen.getByRole('region', { name: 'Thao tác hàng loạt' })).toHaveTextContent('Đã chọn 2 bình luận');
    expect(within(row(c0!.id)).getByRole('checkbox')).toBeChecked();

    await user.keyboard('{Shift>}A{/Shift}');
    await waitFor(() => expect(statusOf(c0!.id)).toBe('approved'));
    expect(statusOf(c2!.id)).toBe('approved');
    expect(statusOf(c1!.id)).toBe('pending');
    expect(screen.queryByRole('region', { name: 'Thao tác hàng loạt' })).not.toBeInTheDocument();
    expect(announcer()).toHaveTextContent('Đã duyệt 2 bình luận');
  });

  it.each([
    ['R', 'rejected', 'Đã từ chối 2 bình luận'],
    ['S', 'spam', 'Đã đánh dấu spam 2 bình luận'],
  ] as const)('acts on the selection with Shift+%s', async (key, status, said) => {
    const [c0, c1, c2] = pendingOldestFirst();
    const { user } = await openQueue();
    await user.click(within(row(c0!.id)).getByRole('checkbox'));
    await user.click(within(row(c2!.id)).getByRole('checkbox'));
    row(c1!.id).focus();
    await user.keyboard(`{Shift>}${key}{/Shift}`);
    await waitFor(() => expect([statusOf(c0!.id), statusOf(c2!.id)]).toEqual([status, status]));
    // The selection, not the focused comment.
    expect(statusOf(c1!.id)).toBe('pending');
    expect(announcer()).toHaveTextContent(said);
  });

  it('acts on the focused comment, not the selection, when Caps Lock types A without Shift', async () => {
    const [c0, c1] = pendingOldestFirst();
    const { user } = await openQueue();
    await user.click(within(row(c0!.id)).getByRole('checkbox'));
    row(c1!.id).focus();
    await waitFor(() => expect(row(c1!.id)).toHaveAttribute('tabindex', '0'));
    // What Caps Lock sends for the a key: an upper-case letter, Shift not held.
    fireEvent.keyDown(row(c1!.id), { key: 'A', code: 'KeyA', shiftKey: false });
    await waitFor(() => expect(statusOf(c1!.id)).toBe('approved'));
    expect(statusOf(c0!.id)).toBe('pending');
    expect(within(row(c0!.id)).getByRole('checkbox')).toBeChecked();
  });

  it('opens the shortcuts with ? and the thread with Enter', async () => {
    const [c0] = pendingOldestFirst();
    const { user } = await openQueue();
    row(c0!.id).focus();
    await user.keyboard('?');
    const help = await screen.findByRole('dialog', { name: 'Phím tắt' });
    expect(within(help).getByText('Duyệt các bình luận đã chọn')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Phím tắt' })).not.toBeInTheDocument());

    row(c0!.id).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('dialog', { name: 'Luồng thảo luận' })).toBeInTheDocument();
  });

  it('ignores single keys when the setting is off, arrows still move', async () => {
    localStorage.setItem(SINGLE_KEY_SHORTCUTS_KEY, 'false');
    const [c0, c1] = pendingOldestFirst();
    const { user } = await openQueue();
    row(c0!.id).focus();
    await user.keyboard('a');
    await user.keyboard('j');
    await user.keyboard('?');
    expect(row(c0!.id)).toHaveFocus();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(statusOf(c0!.id)).toBe('pending');

    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(row(c1!.id)).toHaveFocus());
    // The buttons do everything the keys do.
    await user.click(within(row(c1!.id)).getByRole('button', { name: `Duyệt bình luận của ${c1!.authorName}` }));
    await waitFor(() => expect(statusOf(c1!.id)).toBe('approved'));
  });
});
