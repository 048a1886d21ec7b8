import { useLocalStorage } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { EditorialNote } from '@/api/port';
import { articleQueries } from '@/api/queries';
import { useApi } from '@/api/react';
import { useCurrentUser } from '@/api/session';

export const notesReadKey = (userId: string, articleId: string) => `newsroom.notes.lastRead.${userId}.${articleId}`;

/** Notes by others after the last one this person has seen; their own notes are never news to them. */
export function unreadNotes(notes: readonly EditorialNote[], lastReadId: string, userId: string): number {
  const seen = lastReadId ? notes.findIndex((n) => n.id === lastReadId) : -1;
  return notes.slice(seen + 1).filter((n) => n.by !== userId).length;
}

/** Unread count of one article's notes for the signed-in person; the last-read note id lives in localStorage. */
export function useNotesUnread(articleId: string) {
  const api = useApi();
  const user = useCurrentUser();
  const notes = useQuery({ ...articleQueries.notes(api, articleId), enabled: api.capabilities.notes });
  const [lastRead, setLastRead] = useLocalStorage<string>({
    key: notesReadKey(user.id, articleId),
    defaultValue: '',
    getInitialValueInEffect: false,
  });
  const list = notes.data ?? [];
  const latest = list[list.length - 1]?.id ?? '';
  const markRead = useCallback(() => {
    if (latest && latest !== lastRead) setLastRead(latest);
  }, [latest, lastRead, setLastRead]);
  return { notes, unread: unreadNotes(list, lastRead, user.id), markRead };
}
