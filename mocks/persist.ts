import { createStore, del, get, set } from 'idb-keyval';
import { clock } from './clock';
import type { Db } from './db';
import { store } from './store';

const SNAPSHOT_SCHEMA = 1;
const KEY = 'snapshot';
const SAVE_DELAY_MS = 300;
const BROADCAST_DELAY_MS = 30;

type Snapshot = { schema: number; db: Db; clock: ReturnType<typeof clock.state>; tab: string };

const idb = () => createStore('newsroom-demo', 'store');
const tab = Array.from(crypto.getRandomValues(new Uint32Array(2)), (n) => n.toString(36)).join('');

export async function loadSnapshot(): Promise<Snapshot | null> {
  try {
    const snapshot = await get<Snapshot>(KEY, idb());
    return snapshot?.schema === SNAPSHOT_SCHEMA ? snapshot : null;
  } catch {
    return null;
  }
}

export async function clearSnapshot(): Promise<void> {
  await del(KEY, idb());
}

const snapshot = (): Snapshot => ({ schema: SNAPSHOT_SCHEMA, db: store.db, clock: clock.state(), tab });

/** Another tab's copy wins when it is newer; a tie goes to one tab consistently so both converge. */
function newer(incoming: Snapshot): boolean {
  return incoming.db.rev > store.db.rev || (incoming.db.rev === store.db.rev && incoming.tab > tab);
}

/**
 * Writes reach IndexedDB ~300 ms after the last change and other tabs of the same browser at once
 * (BroadcastChannel), so two tabs behave like two clients of one server.
 */
export function attachPersistence(): { flush(): Promise<void>; detach(): void } {
  const idbStore = idb();
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let sendTimer: ReturnType<typeof setTimeout> | undefined;
  const channel = typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel('newsroom-demo') : null;

  const save = async () => {
    clearTimeout(saveTimer);
    saveTimer = undefined;
    await set(KEY, snapshot(), idbStore);
  };
  const unsubscribe = store.subscribe(() => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => void save(), SAVE_DELAY_MS);
    if (channel && !sendTimer) {
      sendTimer = setTimeout(() => {
        sendTimer = undefined;
        channel.postMessage(snapshot());
      }, BROADCAST_DELAY_MS);
    }
  });
  if (channel) {
    channel.onmessage = (event: MessageEvent<Snapshot>) => {
      if (event.data?.schema !== SNAPSHOT_SCHEMA || !newer(event.data)) return;
      store.replace(event.data.db);
      clock.restore(event.data.clock);
    };
  }
  const onHide = () => {
    if (saveTimer) void save();
  };
  addEventListener('pagehide', onHide);
  addEventListener('visibilitychange', onHide);
  return {
    flush: () => (saveTimer ? save() : Promise.resolve()),
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
