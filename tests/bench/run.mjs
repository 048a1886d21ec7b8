// `npm run bench [-- <name>…] [--no-build] [--port N]`
// Builds the app, serves it with `vite preview`, runs each benchmark module against it and writes
// .bench/results.json. A benchmark is `tests/bench/<name>.mjs` exporting `async run(ctx)` that returns
// `{ metrics: [...], details? }` (see lib/metric.mjs); a metric over its budget fails the run.
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { browserPool } from './lib/browser.mjs';
import { printTable, writeResults } from './lib/report.mjs';
import { build, preview, readManifest, stopAll } from './lib/server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
process.chdir(root);

// BENCH_DIST lets two runs on one machine build side by side.
const OUT_DIR = process.env.BENCH_DIST || join('.bench', 'dist');
const RESULTS = join('.bench', 'results.json');

function parseArgs(argv) {
  const opts = { names: [], build: true, port: 4174 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--no-build') opts.build = false;
    else if (a === '--port') opts.port = Number(argv[++i]);
    else if (a.startsWith('--port=')) opts.port = Number(a.slice(7));
    else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else opts.names.push(a);
  }
  return opts;
}

const available = readdirSync(here)
  .filter((f) => f.endsWith('.mjs') && f !== 'run.mjs')
  .map((f) => f.replace(/\.mjs$/, ''))
  .sort();

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const unknown = opts.names.filter((n) => !available.includes(n));
  if (unknown.length) throw new Error(`unknown benchmark(s): ${unknown.join(', ')}; available: ${available.join(', ')}`);
  const names = opts.names.length ? opts.names : available;

  if (opts.build) {
    console.log(`Building the app into ${OUT_DIR}…`);
    console.log(`  built in ${(build(OUT_DIR) / 1000).toFixed(1)} s`);
  }
  const manifest = readManifest(OUT_DIR);
  const server = await preview(OUT_DIR, opts.port);
  console.log(`Serving ${OUT_DIR} at ${server.url}`);

  const results = {};
  for (const name of names) {
    const browsers = browserPool();
    const started = Date.now();
    console.log(`\n▶ ${name}`);
    try {
      const mod = await import(pathToFileURL(join(here, `${name}.mjs`)).href);
      const ctx = { name, root, baseURL: server.url, port: opts.port, distDir: OUT_DIR, manifest, launch: browsers.launch, log: (...a) => console.log('  ', ...a) };
      const out = await mod.run(ctx);
      const ok = (out.metrics ?? []).every((m) => m.ok !== false);
      results[name] = { ok, durationMs: Date.now() - started, ...out };
    } catch (error) {
      results[name] = { ok: false, durationMs: Date.now() - started, error: String(error?.stack ?? error) };
      console.error(error);
    } finally {
      await browsers.closeAll();
    }
  }
  server.stop();

  const meta = { generatedAt: new Date().toISOString(), node: process.version, platform: `${process.platform} ${process.arch}` };
  writeResults(RESULTS, meta, results);
  printTable(results);
  const failed = Object.entries(results).filter(([, r]) => !r.ok).map(([n]) => n);
  console.log(`\nResults written to ${RESULTS}.`);
  if (failed.length) {
    console.error(`Over budget or failed: ${failed.join(', ')}`);
    process.exitCode = 1;
  }
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });
}

main()
  .catch((error) => {
    console.error(error.message ?? error);
    process.exitCode = 1;
  })
  .finally(stopAll);
