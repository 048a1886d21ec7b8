// @vitest-environment node
import { createRestAdapter } from '@/api/adapters/rest';
import { resetStore, server, signIn, store } from '@mocks/node';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetStore());
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function api() {
  const adapter = createRestAdapter({ baseUrl: 'http://localhost/api' });
  adapter.setToken(signIn('kiemduyet').token);
  return adapter;
}

describe('the rest adapter: moderation extras', () => {
  it('declares the extras and reads a commenter’s history by email or IP hash', async () => {
    const a = api();
    expect(a.capabilities).toMatchObject({ commenterHistory: true, moderationAudit: true, commenterBans: true });
    const sample = store.db.comments.find((c) => c.email)!;
    const byEmail = await a.comments.history!({ email: sample.email });
    expect(byEmail.total).toBe(store.db.comments.filter((c) => c.email === sample.email).length);
    expect(byEmail.items.every((c) => c.email === sample.email)).toBe(true);
    const times = byEmail.items.map((c) => c.createdAt);
    expect(times).toEqual([...times].sort().reverse());
    const byIp = await a.comments.history!({ ipHash: sample.ipHash });
    expect(byIp.items.every((c) => c.ipHash === sample.ipHash)).toBe(true);
  });

  it('counts a heavy commenter’s comments by status on the server, beyond the page it lists', async () => {
    const a = api();
    const sample = store.db.comments.find((c) => c.email)!;
    const start = Date.parse('2020-01-01T00:00:00.000Z');
    // Older than anything else they wrote, so the newest page holds none of the spam.
    for (let i = 0; i < 1300; i += 1) {
      const at = new Date(start - i * 60_000).toISOString();
      const status = i < 1000 ? 'approved' : 'spam';
      store.db.comments.push({ ...sample, id: `c-heavy-${i}`, createdAt: at, status, reports: 0, version: 1, moderatedBy: 'Phạm Thu Hà', moderatedAt: at });
    }
    const theirs = store.db.comments.filter((c) => c.email === sample.email);
    const history = await a.comments.history!({ email: sample.email });
    expect(history.total).toBe(theirs.length);
    expect(history.items.length).toBeLessThan(theirs.length);
    for (const s of ['pending', 'approved', 'rejected', 'spam'] as const) {
      expect(history.counts[s], s).toBe(theirs.filter((c) => c.status === s).length);
    }
    expect(history.counts.spam).toBeGreaterThanOrEqual(300);
    expect(Object.values(history.counts).reduce((n, k) => n + k, 0)).toBe(history.total);
  });

  it('pages and filters the audit log', async () => {
    const a = api();
    const page = await a.moderation.audit!({ page: 1, pageSize: 5, action: ['spam', 'reject'] });
    expect(page.items).toHaveLength(5);
    expect(page.total).toBe(store.db.audit.filter((e) => e.action === 'spam' || e.action === 'reject').length);
    expect(page.items.every((e) => e.action === 'spam' || e.action === 'reject')).toBe(true);
  });

  it('bans, lists and lifts a ban; the ban rejects pending comments', async () => {
    const a = api();
    const pending = store.db.comments.find((c) => c.status === 'pending' && c.email)!;
    const ban = await a.moderation.ban!({ email: pending.email, reason: 'Spam', days: 7 });
    expect(ban).toMatchObject({ email: pending.email, reason: 'Spam' });
    expect(store.db.comments.find((c) => c.id === pending.id)!.status).toBe('rejected');
    expect((await a.moderation.bans!()).map((b) => b.id)).toEqual([ban.id]);
    await a.moderation.unban!(ban.id);
    expect(await a.moderation.bans!()).toEqual([]);
  });
});
