import { clear, createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { LocalCopyPort } from './save-engine';
import type { EditorSnapshot } from './snapshot';

export type LocalCopy = {
  articleId: string | null;
  /** The server version the copy was typed on top of. */
  baseVersion: number;
  savedAt: string;
  snapshot: EditorSnapshot;
};

let store: UseStore | null = null;
const drafts = () => (store ??= createStore('newsroom-drafts', 'drafts'));

export async function readLocalCopy(key: string): Promise<LocalCopy | null> {
  try {
    return ((await get<LocalCopy>(key, drafts())) ?? null);
  } catch {
    // Private mode or a full disk: the server copy is all there is.
    return null;
  }
}

/** Every local copy gone (tests start from a clean browser). */
export const clearLocalCopies = (): Promise<void> => clear(drafts());

export const dropLocalCopy = (key: string): Promise<void> => del(key, drafts());

/** IndexedDB behind the save engine's local-copy port. */
export const indexedDbCopies: LocalCopyPort = {
  write: (key, copy) => set(key, { ...copy, savedAt: new Date().toISOString() } satisfies LocalCopy, drafts()),
  drop: dropLocalCopy,
};
