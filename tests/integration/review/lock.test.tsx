import { screen, waitFor } from '@testing-library/react';
import { LockNotice } from '@/components/workflow/lock-notice';
import { useArticleLock, type UseArticleLockOptions } from '@/components/workflow/use-article-lock';
import type { ArticleLock } from '@/api/port';
import { store } from '@mocks/node';
import { renderWithProviders } from '../../render';
import { apiAs, seeded } from './helpers';

/** What the editor does with the hook: shows the notice and knows whether it may edit. */
function Editing({ id, ...options }: { id: string } & UseArticleLockOptions) {
  const lock = useArticleLock(id, options);
  return (
    <>
      <LockNotice state={lock.state} takeOver={lock.takeOver} />
      <output aria-label="lock">{lock.readOnly ? 'read-only' : lock.state.kind}</output>
    </>
  );
}

const holder = (id: string) => store.db.locks.find((l) => l.articleId === id)?.userId;

describe('article lock', () => {
  it('is taken on open, seen by a second user, and released on close', async () => {
    const article = seeded('draft');
    const first = await renderWithProviders(<Editing id={article.id} />, { user: 'phongvien' });
    await waitFor(() => expect(screen.getByRole('status', { name: 'lock' })).toHaveTextContent('held'));
    expect(holder(article.id)).toBe('u-phongvien');

    first.unmount();
    await waitFor(() => expect(holder(article.id)).toBeUndefined());
    await apiAs('phongvien').articles.lock(article.id);

    await renderWithProviders(<Editing id={article.id} />, { user: 'editor_in_chief' });
    expect(await screen.findByText('Nguyễn Thị Mai đang sửa bài này')).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'lock' })).toHaveTextContent('read-only');
  });

  it('a reporter cannot take over; the editor-in-chief can, and the first editor is told on their next heartbeat', async () => {
    const article = seeded('in_review', 'u-phongvien2');
    const lost: (ArticleLock | null)[] = [];
    await renderWithProviders(<Editing id={article.id} heartbeatMs={150} onLost={(h) => lost.push(h)} />, { user: 'phongvien2' });
    await waitFor(() => expect(screen.getByRole('status', { name: 'lock' })).toHaveTextContent('held'));

    await expect(apiAs('phongvien').articles.lock(article.id, { force: true })).rejects.toMatchObject({ kind: 'forbidden' });
    await apiAs('tongbientap').articles.lock(article.id, { force: true });

    expect(await screen.findByText('Lê Quang Minh đã tiếp quản bài viết')).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'lock' })).toHaveTextContent('read-only');
    expect(lost).toHaveLength(1);
    expect(lost[0]).toMatchObject({ userId: 'u-tongbientap', userName: 'Lê Quang Minh' });
    expect(holder(article.id)).toBe('u-tongbientap');
  });

  it('offers "Tiếp quản" to the editor-in-chief, which takes the lock', async () => {
    const article = seeded('in_review');
    await apiAs('phongvien').articles.lock(article.id);
    const { user } = await renderWithProviders(<Editing id={article.id} />, { user: 'editor_in_chief' });
    await user.click(await screen.findByRole('button', { name: 'Tiếp quản' }));
    await waitFor(() => expect(screen.getByRole('status', { name: 'lock' })).toHaveTextContent('held'));
    expect(holder(article.id)).toBe('u-tongbientap');
  });

  it('offers no takeover to another reporter', async () => {
    const article = seeded('in_review');
    await apiAs('phongvien').articles.lock(article.id);
    await renderWithProviders(<Editing id={article.id} />, { user: 'phongvien2' });
    expect(await screen.findByText('Nguyễn Thị Mai đang sửa bài này')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tiếp quản' })).not.toBeInTheDocument();
  });
});
