import { setupServer } from 'msw/node';
import type { Session } from '@/domain';
import { clock } from './clock';
import { faults } from './faults';
import { createHandlers } from './handlers';
import { createSeed, SEED_BASE_DATE, type SeedOptions } from './seed';
import { store } from './store';

export { clock } from './clock';
export { faults } from './faults';
export { store } from './store';
export { createHandlers } from './handlers';

/** The demo server for tests: `server.listen()` in a setup, `server.use()` for error cases. */
export const server = setupServer(...createHandlers('/api'));

/**
 * A fresh seed, no sessions, no faults, and the clock at the seed's base date (still ticking), so
 * tests see the same data and the same "now" every run.
 */
export function resetStore(options: SeedOptions = {}): void {
  store.setSeedOptions(options);
  store.replace(createSeed(options));
  clock.set(options.baseDate ?? SEED_BASE_DATE);
  faults.disable();
}

/** A session without going through HTTP, for tests that start signed in. */
export function signIn(username: string): Session {
  const user = store.db.users.find((u) => u.username === username);
  if (!user) throw new Error(`No demo user ${username}`);
  const token = `test.${username}.${Object.keys(store.db.tokens).length + 1}`;
  store.db.tokens[token] = { userId: user.id, createdAt: clock.nowIso() };
  return { token, user };
}
