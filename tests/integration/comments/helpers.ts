import { screen, waitFor, within } from '@testing-library/react';
import type { CommentStatus } from '@/domain';
import { store } from '@mocks/node';
import { renderApp } from '../../render';

/** The pending queue as the server sorts it: oldest first. */
export function pendingOldestFirst() {
  return store.db.comments
    .filter((c) => c.status === 'pending')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

export const statusOf = (id: string): CommentStatus | undefined => store.db.comments.find((c) => c.id === id)?.status;

export async function openQueue(route = '/comments', user: 'moderator' | 'editor_in_chief' = 'moderator') {
  const result = await renderApp({ route, user });
  // The first test of a file also waits for the page's chunk to be transformed.
  const feed = await screen.findByRole('feed', { name: 'Danh sách bình luận' }, { timeout: 20_000 });
  await within(feed).findAllByRole('article');
  return { ...result, feed };
}

/** The row of a comment, found by its id. */
export function row(id: string): HTMLElement {
  const el = document.getElementById(`comment-row-${id}`);
  if (!el) throw new Error(`No row for ${id}`);
  return el;
}

export const announcer = () => screen.getByTestId('moderation-announcer');

/** A notification (toast) by its text; the toast container may still be loading its chunk. */
export function toast(text: string): Promise<HTMLElement> {
  return waitFor(() => {
    const found = screen.getAllByRole('alert').find((a) => a.textContent?.includes(text));
    if (!found) throw new Error(`No notification saying "${text}"`);
    return found;
  });
}

/** The status label a row shows once its comment has left the queue (or in the reported queue), else null. */
export const shownStatus = (id: string) => row(id).querySelector('[data-status-badge]')?.textContent ?? null;
