import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where run.sh puts the WordPress-configured copy of dist/, and the port it is served on. */
export const APP_DIR = process.env.E2E_WP_APP_DIR || join(tmpdir(), 'newsroom-e2e-wordpress-app');
export const APP_PORT = Number(process.env.E2E_WP_PORT) || 4191;
export const RESULTS_DIR = process.env.E2E_WP_RESULTS_DIR || join(tmpdir(), 'newsroom-e2e-wordpress-results');
