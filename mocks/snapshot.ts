import { emptyDb, type Db } from './db';
import type { TableName } from './store';

/**
 * How the demo store lies in IndexedDB: one key per table, comments and the audit log in chunks of
 * CHUNK records, and `meta` (revision, clock, chunk counts). A decision rewrites one chunk, not the store.
 */
export const SNAPSHOT_SCHEMA = 2;
/** Schema 1 kept the whole store under this one key. */
export const LEGACY_KEY = 'snapshot';
export const CHUNK = 500;

type ClockState = { offsetMs: number; frozenAt: number | null };
/** `comments` and `audit` count chunks of `chunk` records. */
export type Meta = { schema: number; rev: number; clock: ClockState; tab: string; chunk: number; comments: number; audit: number };
/** `legacy`: read from schema 1, so it has to be written again in chunks. */
export type Snapshot = { db: Db; clock: ClockState; legacy: boolean };

/** Every table but the two kept in chunks (comments, audit). */
export const TABLES = Object.keys(emptyDb()).filter((k) => k !== 'rev' && k !== 'comments' && k !== 'audit') as TableName[];
const tableKey = (name: string) => `t:${name}`;
const commentKey = (n: number) => `c:${n}`;
const auditKey = (n: number) => `a:${n}`;
const chunks = (length: number) => Math.ceil(length / CHUNK);
const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

export function fromEntries(entries: [string, unknown][]): Snapshot | null {
  const values = new Map(entries);
  const meta = values.get('meta') as Meta | undefined;
  if (meta?.schema === SNAPSHOT_SCHEMA) {
    const db = emptyDb();
    for (const name of TABLES) if (values.has(tableKey(name))) Object.assign(db, { [name]: values.get(tableKey(name)) });
    db.comments = range(0, meta.comments).flatMap((n) => (values.get(commentKey(n)) as Db['comments'] | undefined) ?? []);
    db.audit = range(0, meta.audit).flatMap((n) => (values.get(auditKey(n)) as Db['audit'] | undefined) ?? []);
    db.rev = meta.rev;
    return { db, clock: meta.clock, legacy: false };
  }
  const legacy = values.get(LEGACY_KEY) as { schema: number; db: Db; clock: ClockState } | undefined;
  return legacy?.schema === 1 ? { db: legacy.db, clock: legacy.clock, legacy: true } : null;
}

export type SaveScope = {
  /** Everything: the object store is cleared and written again. */
  all: boolean;
  tables: ReadonlySet<TableName>;
  /** Positions of comments changed in place. */
  commentIndexes: ReadonlySet<number>;
  /** Comments and audit entries from these positions on are new. */
  commentsFrom: number;
  auditFrom: number;
};

/** The keys to write for a save of `scope`, with the chunk counts `meta` records. */
export function storageKeys(db: Db, scope: SaveScope) {
  const commentCount = chunks(db.comments.length);
  const auditCount = chunks(db.audit.length);
  const tables = scope.all ? TABLES : [...scope.tables];
  const commentChunks = scope.all
    ? range(0, commentCount)
    : [...new Set([...[...scope.commentIndexes].map((i) => Math.floor(i / CHUNK)), ...range(Math.floor(scope.commentsFrom / CHUNK), scope.commentsFrom < db.comments.length ? commentCount : 0)])];
  const auditChunks = range(scope.all ? 0 : Math.floor(scope.auditFrom / CHUNK), scope.all || scope.auditFrom < db.audit.length ? auditCount : 0);
  const entries: [string, unknown][] = [
    ...tables.map((name): [string, unknown] => [tableKey(name), db[name]]),
    ...commentChunks.map((n): [string, unknown] => [commentKey(n), db.comments.slice(n * CHUNK, (n + 1) * CHUNK)]),
    ...auditChunks.map((n): [string, unknown] => [auditKey(n), db.audit.slice(n * CHUNK, (n + 1) * CHUNK)]),
  ];
  return { entries, clear: scope.all, commentChunkCount: commentCount, auditChunkCount: auditCount };
}
