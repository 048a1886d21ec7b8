import { useSyncExternalStore } from 'react';
import type { CommentStatus } from '@/domain';

/** Why a row's decision did not go through, kept beside the row until the next decision on it. */
export type RowNote =
  | { kind: 'conflict'; by: string | null; status: CommentStatus }
  | { kind: 'failed'; message: string };

/**
 * Per-row notes outside React state, so a note re-renders its own row and not the 10,000-row list.
 */
export function createRowNotes() {
  const notes = new Map<string, RowNote>();
  const listeners = new Map<string, Set<() => void>>();
  const emit = (id: string) => listeners.get(id)?.forEach((l) => l());
  return {
    get: (id: string) => notes.get(id),
    set(id: string, note: RowNote) {
      notes.set(id, note);
      emit(id);
    },
    clear(id: string) {
      if (notes.delete(id)) emit(id);
    },
    subscribe(id: string, listener: () => void) {
      let set = listeners.get(id);
      if (!set) listeners.set(id, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
  };
}
export type RowNotes = ReturnType<typeof createRowNotes>;

export function useRowNote(store: RowNotes, id: string): RowNote | undefined {
  return useSyncExternalStore(
    (listener) => store.subscribe(id, listener),
    () => store.get(id),
  );
}
