import type { Db, StoredComment } from './db';
import { createSeed, type SeedOptions } from './seed';

/**
 * What a write touched, when the writer knows; persistence then saves and sends only that. Comments and
 * audit entries appended at the end are found without being named.
 */
export type Change = {
  /** Comments changed in place or added. */
  comments?: readonly StoredComment[];
  /** Other tables replaced or changed. */
  tables?: readonly TableName[];
};
export type TableName = Exclude<keyof Db, 'rev' | 'comments' | 'audit'>;

/** `change` is null when the writer did not say what it touched: anything may have changed. */
type Listener = (db: Db, change: Change | null) => void;

/** Fixed options, or a function for a seed that follows the current time (the browser's). */
type SeedSource = SeedOptions | (() => SeedOptions);
let seedSource: SeedSource = {};
const seedOptions = (): SeedOptions => (typeof seedSource === 'function' ? seedSource() : seedSource);
// Seeded on first use, so a browser that loads a persisted snapshot never pays for a seed it drops.
let current: Db | null = null;
const db = (): Db => (current ??= createSeed(seedOptions()));
const listeners = new Set<Listener>();

/**
 * The one in-memory store behind every handler. Services mutate `store.db` and call `store.written()`,
 * which bumps `rev` and tells listeners (persistence, other tabs); saying what changed keeps that
 * cheap with a large store.
 */
export const store = {
  get db(): Db {
    return db();
  },
  written(change?: Change): void {
    const state = db();
    state.rev += 1;
    for (const listener of listeners) listener(state, change ?? null);
  },
  /** Back to the seed. Sessions survive, so a reset from the user menu does not sign anyone out. */
  reset(options?: SeedSource): void {
    if (options) seedSource = options;
    const { tokens, rev } = db();
    current = createSeed(seedOptions());
    current.tokens = tokens;
    current.rev = rev;
    store.written();
  },
  /** Replace the whole state (a persisted snapshot, another tab's copy). Listeners are not told. */
  replace(next: Db): void {
    current = next;
  },
  /** Whether a state is in memory yet (the seed is built on first use). */
  loaded(): boolean {
    return current !== null;
  },
  seedOptions(): SeedOptions {
    return seedOptions();
  },
  setSeedOptions(options: SeedSource): void {
    seedSource = options;
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
