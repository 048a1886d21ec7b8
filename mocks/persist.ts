import { createStore, promisifyRequest } from 'idb-keyval';
import { clock } from './clock';
import type { AuditEntry, Db, StoredComment } from './db';
import { CHUNK, fromEntries, SNAPSHOT_SCHEMA, storageKeys, TABLES, type Meta, type Snapshot } from './snapshot';
import { store, type TableName } from './store';

export type { Snapshot } from './snapshot';

const SAVE_DELAY_MS = 300;
const IDLE_TIMEOUT_MS = 1000;
const BROADCAST_DELAY_MS = 30;

/** Another tab's decisions, as records; `reload` when it saved more than it could say (a reset, an import). */
type Message =
  | { schema: number; kind: 'delta'; tab: string; rev: number; clock: Meta['clock']; tables: Partial<Db>; comments: StoredComment[]; audit: AuditEntry[] }
  | { schema: number; kind: 'reload'; tab: string; rev: number };

type ObjectStoreOf = ReturnType<typeof createStore>;
const idb = (): ObjectStoreOf => createStore('newsroom-demo', 'store');
const tab = Array.from(crypto.getRandomValues(new Uint32Array(2)), (n) => n.toString(36)).join('');

/** The saved store in one read (every key of one object store), or null when there is none. */
export async function loadSnapshot(from: ObjectStoreOf = idb()): Promise<Snapshot | null> {
  try {
    return await from('readonly', async (os) => {
      const [keys, values] = await Promise.all([promisifyRequest(os.getAllKeys()), promisifyRequest(os.getAll())]);
      return fromEntries(keys.map((k, i) => [String(k), values[i]]));
    });
  } catch {
    return null;
  }
}

export async function clearSnapshot(): Promise<void> {
  await idb()('readwrite', (os) => {
    os.clear();
    return promisifyRequest(os.transaction);
  });
}

/** What has to be written since the last save; appended comments and audit entries are found by length. */
type Dirty = { all: boolean; tables: Set<TableName>; commentIndexes: Set<number> };
const cleanDirty = (): Dirty => ({ all: false, tables: new Set(), commentIndexes: new Set() });

const idle = (run: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(run, 0);
};

/**
 * Writes reach IndexedDB ~300 ms after the last change, in idle time, as the changed records only (the
 * store is kept in chunks); other tabs of the same browser get the changed records at once
 * (BroadcastChannel), so two tabs behave like two clients of one server.
 */
export function attachPersistence(options: { markAllDirty?: boolean } = {}): { flush(): Promise<void>; detach(): void } {
  const idbStore = idb();
  let dirty: Dirty = { ...cleanDirty(), all: Boolean(options.markAllDirty) };
  let saved = { comments: store.loaded() ? store.db.comments.length : 0, audit: store.loaded() ? store.db.audit.length : 0 };
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let saving: Promise<void> = Promise.resolve();
  let outbox = { all: false, tables: new Set<TableName>(), comments: new Set<StoredComment>(), auditFrom: saved.audit };
  let sendTimer: ReturnType<typeof setTimeout> | undefined;
  const channel = typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel('newsroom-demo') : null;

  const writeNow = (): Promise<void> => {
    clearTimeout(saveTimer);
    saveTimer = undefined;
    const db = store.db;
    const todo = dirty;
    dirty = cleanDirty();
    const keys = storageKeys(db, {
      all: todo.all || db.comments.length < saved.comments || db.audit.length < saved.audit,
      tables: todo.tables,
      commentIndexes: todo.commentIndexes,
      commentsFrom: saved.comments,
      auditFrom: saved.audit,
    });
    saved = { comments: db.comments.length, audit: db.audit.length };
    const meta: Meta = { schema: SNAPSHOT_SCHEMA, rev: db.rev, clock: clock.state(), tab, chunk: CHUNK, comments: keys.commentChunkCount, audit: keys.auditChunkCount };
    const run = idbStore('readwrite', (os) => {
      if (keys.clear) os.clear();
      for (const [key, value] of keys.entries) os.put(value, key);
      os.put(meta, 'meta');
      return promisifyRequest(os.transaction);
    });
    const announce = todo.all && outbox.all;
    if (announce) outbox = { all: false, tables: new Set(), comments: new Set(), auditFrom: db.audit.length };
    return run.then(() => {
      if (announce) channel?.postMessage({ schema: SNAPSHOT_SCHEMA, kind: 'reload', tab, rev: db.rev } satisfies Message);
    });
  };
  const save = (): Promise<void> => (saving = saving.then(writeNow, writeNow));

  const schedule = () => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => idle(() => void save()), SAVE_DELAY_MS);
  };

  const send = () => {
    sendTimer = undefined;
    if (!channel) return;
    const db = store.db;
    const tables: Partial<Db> = {};
    // A write that did not say what it changed sends every small table at once (sessions, locks,
    // articles…): waiting for the full save's "reload" would leave the other tab a window in which its
    // own next save writes back what this tab just changed. Comments and the audit follow that reload.
    for (const name of outbox.all ? TABLES : outbox.tables) Object.assign(tables, { [name]: db[name] });
    channel.postMessage({
      schema: SNAPSHOT_SCHEMA,
      kind: 'delta',
      tab,
      rev: db.rev,
      clock: clock.state(),
      tables,
      comments: outbox.all ? [] : [...outbox.comments],
      audit: outbox.all ? [] : db.audit.slice(outbox.auditFrom),
    } satisfies Message);
    if (outbox.all) outbox.tables = new Set();
    else outbox = { all: false, tables: new Set(), comments: new Set(), auditFrom: db.audit.length };
  };

  const unsubscribe = store.subscribe((db, change) => {
    if (!change) {
      dirty.all = true;
      outbox.all = true;
    } else {
      change.tables?.forEach((name) => {
        dirty.tables.add(name);
        outbox.tables.add(name);
      });
      for (const comment of change.comments ?? []) {
        outbox.comments.add(comment);
        const index = db.comments.lastIndexOf(comment);
        if (index >= 0) dirty.commentIndexes.add(index);
      }
    }
    schedule();
    if (channel && !sendTimer) sendTimer = setTimeout(send, BROADCAST_DELAY_MS);
  });

  if (channel) {
    channel.onmessage = (event: MessageEvent<Message>) => {
      const message = event.data;
      if (message?.schema !== SNAPSHOT_SCHEMA || message.tab === tab) return;
      if (message.kind === 'reload') {
        void loadSnapshot(idbStore).then((snapshot) => {
          if (!snapshot) return;
          store.replace(snapshot.db);
          clock.restore(snapshot.clock);
          saved = { comments: snapshot.db.comments.length, audit: snapshot.db.audit.length };
        });
        return;
      }
      applyDelta(store.db, message);
      clock.restore(message.clock);
    };
  }
  if (dirty.all) schedule();
  const onHide = () => {
    if (saveTimer) void save();
  };
  addEventListener('pagehide', onHide);
  addEventListener('visibilitychange', onHide);
  return {
    flush: () => (saveTimer || dirty.all ? save() : saving),
    detach() {
      unsubscribe();
      channel?.close();
      clearTimeout(saveTimer);
      clearTimeout(sendTimer);
      removeEventListener('pagehide', onHide);
      removeEventListener('visibilitychange', onHide);
    },
  };
}

/** Another tab's records replace ours by id; new ones are added at the end, as that tab did. */
function applyDelta(db: Db, message: Extract<Message, { kind: 'delta' }>): void {
  Object.assign(db, message.tables);
  if (message.comments.length) {
    const index = new Map(db.comments.map((c, i) => [c.id, i]));
    for (const comment of message.comments) {
      const at = index.get(comment.id);
      if (at === undefined) db.comments.push(comment);
      else db.comments[at] = comment;
    }
  }
  if (message.audit.length) {
    const known = new Set(db.audit.slice(-message.audit.length * 2).map((e) => e.id));
    for (const entry of message.audit) if (!known.has(entry.id)) db.audit.push(entry);
  }
  db.rev = Math.max(db.rev, message.rev);
}
