import type { Article } from '@/domain';
import type { EditorSnapshot } from './snapshot';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'retrying'; attempt: number; nextAt: Date; offline: boolean }
  | { kind: 'conflict'; mine: EditorSnapshot; theirs: Article }
  | { kind: 'forbidden' }
  /** The next write needs the person's go-ahead (it would send the article back to review). */
  | { kind: 'confirm' }
  /** They said "not now": changes stay on this device until they save. */
  | { kind: 'held' }
  /** Someone else holds the article's edit lock now: nothing more goes to the server. */
  | { kind: 'locked' }
  | { kind: 'invalid'; fields: Record<string, string> }
  | { kind: 'failed'; message: string };

/** Statuses in which the engine waits for the person instead of saving on its own. */
export const isBlocked = (s: SaveStatus) => s.kind === 'conflict' || s.kind === 'forbidden' || s.kind === 'confirm' || s.kind === 'held' || s.kind === 'locked';
