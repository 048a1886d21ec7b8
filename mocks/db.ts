import type {
  Article,
  Category,
  Comment,
  CommentStatus,
  HistoryEntry,
  ModerationRule,
  User,
} from '@/domain';
import type { ArticleLock, EditorialNote, Revision } from '@/api/port';

/** A revision is sealed once a workflow step happened after it: later edits start a new one. */
export type StoredRevision = Revision & { sealed: boolean };

/**
 * What the latest decision on a comment found, kept until the next write: the decision that sends
 * the comment straight back (an undo) puts back what it cleared. `version` is the one it produced.
 */
export type DecisionUndo = { version: number; status: CommentStatus; reports: number };

/** Comments are stored without the joined article title; responses add it (and never show `undo`). */
export type StoredComment = Omit<Comment, 'articleTitle'> & { undo?: DecisionUndo };

export type AuditAction = 'approve' | 'reject' | 'spam' | 'restore' | 'reply' | 'ban' | 'unban';
export type AuditEntry = {
  id: string;
  at: string;
  by: string;
  byName: string;
  action: AuditAction;
  commentId: string | null;
  articleId: string | null;
  from: CommentStatus | null;
  to: CommentStatus | null;
  note: string;
};

/** A banned commenter, matched by email or IP hash; their new and pending comments are rejected. */
export type Ban = {
  id: string;
  email: string | null;
  ipHash: string | null;
  reason: string;
  until: string | null;
  by: string;
  at: string;
};

export type MediaItem = { id: string; url: string; filename: string; size: number; type: string; at: string; by: string };

export type TokenRecord = { userId: string; createdAt: string };

/** Everything the demo server holds. Plain data only, so it can be cloned, persisted and broadcast. */
export type Db = {
  /** Bumped on every write; tabs sharing one IndexedDB use it to keep the newest copy. */
  rev: number;
  users: User[];
  categories: Category[];
  articles: Article[];
  history: HistoryEntry[];
  revisions: StoredRevision[];
  notes: EditorialNote[];
  locks: ArticleLock[];
  comments: StoredComment[];
  rules: ModerationRule[];
  audit: AuditEntry[];
  bans: Ban[];
  media: MediaItem[];
  tokens: Record<string, TokenRecord>;
  /** Id counters per prefix, so ids stay unique after the seed. */
  seq: Record<string, number>;
};

export function nextId(db: Db, prefix: string): string {
  const n = (db.seq[prefix] ?? 0) + 1;
  db.seq[prefix] = n;
  return `${prefix}-${n}`;
}

export function emptyDb(): Db {
  return {
    rev: 0,
    users: [],
    categories: [],
    articles: [],
    history: [],
    revisions: [],
    notes: [],
    locks: [],
    comments: [],
    rules: [],
    audit: [],
    bans: [],
    media: [],
    tokens: {},
    seq: {},
  };
}
