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
