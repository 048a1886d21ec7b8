import { defineConfig } from 'vitest/config';
import base from './vite.config';

/** `npm run test:wordpress`: the adapter contract and round trips against the WordPress of scripts/wp/start.sh. */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['tests/contract/wordpress*.test.ts'],
    exclude: ['**/node_modules/**'],
    testTimeout: 60000,
    hookTimeout: 60000,
    fileParallelism: false,
    env: { WP_CONTRACT: process.env.WP_CONTRACT ?? '1' },
  },
});
