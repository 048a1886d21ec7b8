import { createWordPressAdapter } from '@/api/adapters/wordpress';
import { defineAdapterContract } from './adapter-contract';
import { readHarness } from './wordpress-harness';

/**
 * The same contract, against a real WordPress 6.1 started by scripts/wp/start.sh. Runs only when
 * WP_CONTRACT is set (npm run test:wordpress); then an unreachable WordPress fails the run.
 */
const enabled = Boolean(process.env.WP_CONTRACT);

if (enabled) {
  defineAdapterContract('wordpress (real WordPress 6.1)', async () => {
    const state = await readHarness();
    const account = (key: 'reporter' | 'editor' | 'moderator') => ({ username: state.users[key].username, password: state.users[key].password });
    return {
      api: createWordPressAdapter({ baseUrl: state.baseUrl }),
      accounts: { reporter: account('reporter'), editor: account('editor'), moderator: account('moderator') },
      traits: { foldedSearch: false, logoutRevokes: false },
    };
  });
} else {
  describe.skip('NewsroomApi contract: wordpress (set WP_CONTRACT=1 after scripts/wp/start.sh)', () => {
    it('runs against a real WordPress', () => {});
  });
}
