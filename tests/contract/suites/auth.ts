import type { Harness } from '../adapter-contract';
import { expectApiError } from './helpers';

export function authContract(h: Harness): void {
  describe('auth', () => {
    it('signs in and knows who is signed in, for each role', async () => {
      const reporter = await h.as('reporter');
      expect(reporter.roles).toContain('reporter');
      expect(await h.api.auth.me()).toMatchObject({ id: reporter.id, username: reporter.username });
      expect((await h.as('editor')).roles).toContain('editor_in_chief');
      const moderator = await h.as('moderator');
      expect(moderator.roles.some((r) => r === 'moderator' || r === 'editor_in_chief')).toBe(true);
      expect((await h.api.auth.me()).id).toBe(moderator.id);
    });

    it('refuses a wrong password as unauthorized', async () => {
      const reporter = await h.as('reporter');
      h.api.setToken(null);
      await expectApiError(h.api.auth.login({ username: reporter.username, password: `wrong-${h.unique()}` }), 'unauthorized');
    });

    it('answers 401 → unauthorized without a token or with a bad one', async () => {
      await expectApiError(h.api.auth.me(), 'unauthorized');
      h.api.setToken(`not-a-token-${h.unique()}`);
      await expectApiError(h.api.articles.list({ page: 1, pageSize: 10, sort: 'updatedAt:desc' }), 'unauthorized');
    });

    it('ends the session on sign-out', async () => {
      if (!h.traits.logoutRevokes) return;
      await h.as('reporter');
      await h.api.auth.logout();
      await expectApiError(h.api.auth.me(), 'unauthorized');
    });

    it('lists the demo accounts publicly when it is a demo', async () => {
      if (!h.api.demo) return;
      const accounts = await h.api.demo.accounts();
      const reporter = await h.as('reporter');
      expect(accounts.map((a) => a.username)).toContain(reporter.username);
    });
  });
}
