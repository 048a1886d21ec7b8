import { createWordPressAdapter } from '@/api/adapters/wordpress';
import { defineAdapterContract } from './adapter-contract';
import { readHarness } from './wordpress-harness';

/**
 * The same contract, against a real WordPress 6.1 started by scripts/wp/start.sh; run by
 * `npm run test:wordpress` only (the main Vitest config excludes it). An unreachable WordPress fails.
 */
defineAdapterContract('wordpress (real WordPress 6.1)', async () => {
  const state = await readHarness();
  const account = (key: 'reporter' | 'editor' | 'moderator') => ({ username: state.users[key].username, password: state.users[key].password });
  return {
    api: createWordPressAdapter({ baseUrl: state.baseUrl }),
    accounts: { reporter: account('reporter'), editor: account('editor'), moderator: account('moderator') },
    traits: { foldedSearch: false, logoutRevokes: false },
  };
});
