/**
 * The servers the e2e run starts (playwright.config.ts `webServer`), all on 127.0.0.1 and stopped with
 * the run. Each port can be set by env, so two runs share a machine: E2E_PORT for the app in demo mode;
 * the HTTP API and the build pointed at it follow it (+10, +11) unless E2E_API_PORT / E2E_API_SITE_PORT say.
 */

// Ports Chromium (and fetch) refuse to connect to, near the ones used here.
const UNSAFE = new Set([4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6697, 10080]);
const usable = (port: number) => {
  while (UNSAFE.has(port)) port += 1;
  return port;
};

export const PORT = Number(process.env.E2E_PORT) || 4173;
export const API_PORT = Number(process.env.E2E_API_PORT) || usable(PORT + 10);
export const API_SITE_PORT = Number(process.env.E2E_API_SITE_PORT) || usable(API_PORT + 1);

/** The app with its in-page demo server: every browser context has a newsroom of its own. */
export const DEMO_URL = `http://127.0.0.1:${PORT}`;
/** The demo newsroom over HTTP (`npm run api`): one server that every context shares. */
export const API_URL = `http://127.0.0.1:${API_PORT}/api`;
/** The same build with `"demo": false`, talking to API_URL as a deployed admin does. */
export const API_SITE_URL = `http://127.0.0.1:${API_SITE_PORT}`;

const answers = async (url: string, status: number) => {
  try {
    return (await fetch(url)).status === status;
  } catch {
    return false;
  }
};

/**
 * The API and the build pointed at it start in the background of the run (tests/e2e/api-site.mjs):
 * a spec that uses them waits here first. A server that failed to start has said why on stderr.
 */
export async function apiSiteReady(timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    // 401 without a session: the API is up and has its data.
    if ((await answers(`${API_URL}/me`, 401)) && (await answers(API_SITE_URL, 200))) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${API_URL} and ${API_SITE_URL} did not answer within ${timeoutMs / 1000} s: see the "api-site:" lines above.`);
}
