// Builds the app into its own folder (with a Vite manifest, so chunks can be traced back to sources)
// and serves it with `vite preview`; every server started here is stopped by `stopAll`.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const VITE = join('node_modules', 'vite', 'bin', 'vite.js');
const VITE_NODE = join('node_modules', 'vite-node', 'dist', 'cli.mjs');
const servers = new Set();

export function build(outDir) {
  const started = Date.now();
  const { status } = spawnSync(process.execPath, [VITE, 'build', '--outDir', outDir, '--emptyOutDir', '--manifest', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  if (status !== 0) throw new Error(`vite build failed (exit ${status})`);
  return Date.now() - started;
}

export function readManifest(outDir) {
  const file = join(outDir, '.vite', 'manifest.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: build without --no-build`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

export function preview(outDir, port) {
  return serve([VITE, 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], `http://127.0.0.1:${port}`, 'vite preview');
}

/** The REST contract over HTTP (`scripts/api-server.ts`), for a build with `"demo": false` pointed at it. */
export async function apiServer(port) {
  const server = await serve([VITE_NODE, 'scripts/api-server.ts', '--port', String(port)], `http://127.0.0.1:${port}/api/me`, 'the API server', (res) => res.status === 401);
  return { ...server, url: `http://127.0.0.1:${port}/api` };
}

/**
 * The build as deployed against an API: a copy of `distDir` in `dir` whose config points at the API
 * server (`"demo": false`), served by `vite preview`. The API listens on `port`, the site on `port + 1`.
 */
export async function deployedAgainstApi(distDir, dir, port) {
  const api = await apiServer(port);
  rmSync(dir, { recursive: true, force: true });
  cpSync(distDir, dir, { recursive: true });
  writeFileSync(join(dir, 'config.json'), `${JSON.stringify({ api: { adapter: 'rest', baseUrl: api.url }, demo: false }, null, 2)}\n`);
  const site = await preview(dir, port + 1);
  return { baseURL: site.url, apiURL: api.url, stop: () => (site.stop(), api.stop()) };
}

async function serve(args, url, name, ready = (res) => res.ok) {
  // Its own process group, so stopping it takes anything it started with it.
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  servers.add(child);
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}): ${stderr}`);
    try {
      if (ready(await fetch(url))) return { url: new URL(url).origin, stop: () => stop(child) };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop(child);
  throw new Error(`${name} did not answer on ${url} within 30 s: ${stderr}`);
}

function stop(child) {
  if (!servers.delete(child) || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
}

export function stopAll() {
  for (const child of [...servers]) stop(child);
}
