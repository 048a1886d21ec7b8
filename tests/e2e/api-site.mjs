// `node tests/e2e/api-site.mjs <dist> <out> <api port> <site port>`: the demo newsroom over HTTP
// (scripts/api-server.ts, as `npm run api`) and, beside it, a copy of the build whose config.json
// points at it with the demo off, served by `vite preview` (whose CSP takes `connect-src` from that
// config.json): the admin as deployed against a real API. Both listen on 127.0.0.1 only.
//
// playwright.config.ts starts this as a web server. Both start at once, in the background of the
// run: "starting" is printed straight away, so the rest of the suite does not wait for them, and the
// specs that use them wait with `apiSiteReady()` (tests/e2e/servers.ts). A server that exits takes
// the other down with it; the run's end stops the whole process group.
import { spawn } from 'node:child_process';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';

const [dist, out, apiPort, sitePort] = process.argv.slice(2);
if (!dist || !out || !Number(apiPort) || !Number(sitePort)) {
  console.error('usage: node tests/e2e/api-site.mjs <dist> <out> <api port> <site port>');
  process.exit(2);
}

// Refuse a port something else holds: its answers would pass for ours.
const taken = (port) =>
  new Promise((resolve) => {
    const socket = connect(Number(port), '127.0.0.1');
    socket.on('connect', () => (socket.destroy(), resolve(true)));
    socket.on('error', () => resolve(false));
  });
for (const port of [apiPort, sitePort]) {
  if (await taken(port)) {
    console.error(`api-site: 127.0.0.1:${port} is already in use (set E2E_API_PORT / E2E_API_SITE_PORT)`);
    process.exit(1);
  }
}

rmSync(out, { recursive: true, force: true });
cpSync(dist, out, { recursive: true });
const baseUrl = `http://127.0.0.1:${apiPort}/api`;
writeFileSync(join(out, 'config.json'), `${JSON.stringify({ api: { adapter: 'rest', baseUrl }, demo: false }, null, 2)}\n`);

const children = [
  ['the API server', [join('node_modules', 'vite-node', 'dist', 'cli.mjs'), 'scripts/api-server.ts', '--port', apiPort]],
  ['vite preview', [join('node_modules', 'vite', 'bin', 'vite.js'), 'preview', '--host', '127.0.0.1', '--port', sitePort, '--strictPort', '--outDir', out]],
].map(([name, args]) => {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  child.on('exit', (code, signal) => {
    console.error(`api-site: ${name} exited (${signal ?? code})`);
    for (const other of children) if (other !== child) other.kill('SIGTERM');
    process.exit(1);
  });
  return child;
});
console.log(`api-site: starting the API at ${baseUrl} and the admin at http://127.0.0.1:${sitePort}`);
