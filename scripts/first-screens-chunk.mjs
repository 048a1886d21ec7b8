// The build's one chunk for the first screens. Rolldown splits the code page by page, which leaves the
// modules the sign-in page, the shell and the dashboard share with the other pages in some seventy
// small chunks: a waterfall of requests over HTTP/1.1, and gzip that never sees more than one small
// file at a time (the first screens download 19 kB less gzip as one file). This names one chunk,
// `start`, for every module those screens import; what only other pages need stays where it was.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** @typedef {{ getModuleInfo(id: string): { code: string | null, importedIds: readonly string[] } | null }} ChunkingContext */

/**
 * Packages imported through an index that re-exports every part of them. Following the index's own
 * imports would take the whole package; the parts a module names in its import are what it uses.
 */
const BARRELS = {
  '@mantine/core': '@mantine/core/esm/index.mjs',
  '@mantine/hooks': '@mantine/hooks/esm/index.mjs',
  '@mantine/notifications': '@mantine/notifications/esm/index.mjs',
  '@tabler/icons-react': '@tabler/icons-react/dist/esm/tabler-icons-react.mjs',
};

/**
 * Modules the first screens' imports reach but never use. Zod's index re-exports every locale as one
 * namespace (`z.locales`); the app uses none, and the one the mock server loads belongs to the demo.
 */
const NOT_FIRST = [/[\\/]zod[\\/]v4[\\/]locales[\\/]/];

const SPECIFIERS = /\b(?:import|export)\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g;

/**
 * `a, b as c, type D` → the names as the importer (`import`) or the index (`export`) knows them.
 * @param {string} list
 * @param {'imported' | 'exported'} side
 * @returns {string[]}
 */
function names(list, side) {
  return list
    .split(',')
    .map((s) => s.trim().replace(/^type\s+/, ''))
    .filter(Boolean)
    .map((s) => {
      const [original, alias] = s.split(/\s+as\s+/);
      return side === 'imported' ? original : (alias ?? original);
    });
}

/**
 * What each name of a barrel resolves to: `{ Button: '/…/Button.mjs' }`.
 * @param {string} file
 * @returns {Map<string, string>}
 */
function barrelExports(file) {
  const map = new Map();
  for (const [, list, from] of readFileSync(file, 'utf8').matchAll(SPECIFIERS)) {
    if (!from.startsWith('.')) continue;
    for (const name of names(list, 'exported')) map.set(name, resolve(dirname(file), from));
  }
  return map;
}

/**
 * `name` for the build's code-splitting group: `start` for the modules `roots` import, statically and
 * through the barrels above (by the names imported), `null` for the rest.
 * @param {string} nodeModules
 * @param {string[]} roots
 */
export function firstScreensChunk(nodeModules, roots) {
  /** @type {Map<string, { file: string, exports: Map<string, string> | null }>} */
  const barrels = new Map(Object.entries(BARRELS).map(([pkg, index]) => [pkg, { file: resolve(nodeModules, index), exports: null }]));
  const barrelFiles = new Set([...barrels.values()].map((b) => b.file));
  /** @type {Set<string> | null} */
  let closure = null;

  /** @param {string} code */
  const throughBarrels = (code) => {
    /** @type {string[]} */
    const found = [];
    for (const [, list, from] of code.matchAll(SPECIFIERS)) {
      const barrel = barrels.get(from);
      if (!barrel) continue;
      barrel.exports ??= barrelExports(barrel.file);
      for (const name of names(list, 'imported')) {
        const file = barrel.exports.get(name);
        if (file) found.push(file);
      }
    }
    return found;
  };

  /** @param {ChunkingContext} ctx */
  const collect = (ctx) => {
    /** @type {Set<string>} */
    const seen = new Set();
    const queue = [...roots];
    for (const root of roots) if (!ctx.getModuleInfo(root)) throw new Error(`first-screens chunk: ${root} is not in the build`);
    while (queue.length) {
      const id = /** @type {string} */ (queue.pop());
      if (seen.has(id) || NOT_FIRST.some((re) => re.test(id))) continue;
      const info = ctx.getModuleInfo(id);
      if (!info) continue;
      seen.add(id);
      queue.push(...info.importedIds.filter((dep) => !barrelFiles.has(dep)));
      if (info.code) queue.push(...throughBarrels(info.code));
    }
    return seen;
  };

  /**
   * @param {string} id
   * @param {ChunkingContext} ctx
   * @returns {string | null}
   */
  return (id, ctx) => {
    closure ??= collect(ctx);
    return closure.has(id) ? 'start' : null;
  };
}
