import { getResponse, http } from 'msw';
import { setupWorker } from 'msw/browser';
import { clock } from './clock';
import { faults } from './faults';
import { createHandlers } from './handlers';
import { attachPersistence, loadSnapshot } from './persist';
import type { SeedOptions } from './seed';
import { store } from './store';

export type DemoOptions = {
  baseUrl: string;
  /** Seed options for a first start or a reset, e.g. `{ pendingComments: 10000 }` for benchmarks. */
  seed?: Omit<SeedOptions, 'baseDate'>;
  /** Ignore the persisted store and start from the seed. */
  fresh?: boolean;
};

export type DemoControls = {
  /** Back to the seed (written around the current time); sessions stay signed in. */
  reset(): Promise<void>;
  stop(): void;
  /** The server's data, for tests that plant records; `store.written()` after changing it. */
  store: typeof store;
  clock: typeof clock;
  faults: typeof faults;
};

/** The browser's seed is written around today, so dashboards show "today" and schedules lie ahead. */
function seedNow(options: DemoOptions): SeedOptions {
  const now = new Date();
  now.setSeconds(0, 0);
  return { ...options.seed, baseDate: now.toISOString() };
}

/**
 * One worker handler in front of the contract's: MSW reads `document.cookie` for every handler it
 * tries, and the API is bearer-token only, so the request is passed on without credentials.
 * A write is answered once it is on disk, as a real server answers: the editor drops its own copy of
 * a text when the server says it has it, and a tab closed right after must not take both with it.
 */
function frontHandler(baseUrl: string, handlers: ReturnType<typeof createHandlers>, durable: () => Promise<void>) {
  return http.all(`${baseUrl.replace(/\/+$/, '')}/*`, async ({ request }) => {
    const response = await getResponse(handlers, new Request(request, { credentials: 'omit' }));
    if (request.method !== 'GET' && request.method !== 'HEAD') await durable().catch(() => undefined);
    return response;
  });
}

/**
 * Starts the embedded demo newsroom: the persisted store (or a fresh seed, built when first asked
 * for), the handlers of the REST contract at `baseUrl`, and the service worker that answers them.
 */
export async function startDemo(options: DemoOptions): Promise<DemoControls> {
  const snapshot = options.fresh ? null : await loadSnapshot();
  store.setSeedOptions(() => seedNow(options));
  if (snapshot) {
    store.replace(snapshot.db);
    clock.restore(snapshot.clock);
  } else if (store.loaded()) {
    store.reset();
  }
  // A first start saves the seed once it exists (on the first request), in idle time.
  const persistence = attachPersistence({ markAllDirty: !snapshot || snapshot.legacy });

  const worker = setupWorker(frontHandler(options.baseUrl, createHandlers(options.baseUrl, { mediaUrls: 'data' }), persistence.flush));
  await worker.start({
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: '/demo-worker.js' },
    quiet: true,
  });

  const controls: DemoControls = {
    async reset() {
      clock.reset();
      store.reset();
      await persistence.flush();
    },
    stop() {
      persistence.detach();
      worker.stop();
    },
    store,
    clock,
    faults,
  };
  // End-to-end tests drive the clock and the faults from the page.
  (globalThis as { __newsroomDemo?: DemoControls }).__newsroomDemo = controls;
  return controls;
}
