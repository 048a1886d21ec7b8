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
  | { kind: 'invalid'; fields: Record<string, string> }
  | { kind: 'failed'; message: string };

/** Statuses in which the engine waits for the person instead of saving on its own. */
export const isBlocked = (s: SaveStatus) => s.kind === 'conflict' || s.kind === 'forbidden';
