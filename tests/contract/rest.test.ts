import { server, resetStore } from '@mocks/node';
import { createRestAdapter } from '@/api/adapters/rest';
import { defineAdapterContract } from './adapter-contract';

/** The rest adapter against the demo newsroom (MSW), which serves docs/rest-contract.md. */
defineAdapterContract('rest over the mock server', () => {
  server.listen({ onUnhandledRequest: 'error' });
  return {
    api: createRestAdapter({ baseUrl: '/api', demo: true }),
    accounts: {
      reporter: { username: 'phongvien', password: 'demo' },
      editor: { username: 'tongbientap', password: 'demo' },
      moderator: { username: 'kiemduyet', password: 'demo' },
    },
    reset: () => {
      server.resetHandlers();
      resetStore();
    },
    teardown: () => server.close(),
    traits: { foldedSearch: true, logoutRevokes: true },
  };
});
