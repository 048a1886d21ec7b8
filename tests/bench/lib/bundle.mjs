// Traces built files back to their sources through Vite's manifest, and sizes them as a browser
// receives them from a gzip-compressing server.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzipCache = new Map();

export function sizeOf(distDir, file) {
  const key = join(distDir, file);
  if (!gzipCache.has(key)) {
    const raw = readFileSync(key);
    gzipCache.set(key, { raw: raw.length, gzip: gzipSync(raw).length });
  }
  return gzipCache.get(key);
}

/** The manifest keys reachable from `keys` through static imports. */
export function staticClosure(manifest, keys) {
  const seen = new Set();
  const stack = [...keys];
  while (stack.length) {
    const key = stack.pop();
    if (seen.has(key) || !manifest[key]) continue;
    seen.add(key);
    stack.push(...(manifest[key].imports ?? []));
  }
  return seen;
}

/** The JS and CSS files of those manifest keys. */
export const filesOf = (manifest, keys) => new Set([...keys].flatMap((k) => [manifest[k].file, ...(manifest[k].css ?? [])]));

const isMockSource = (key) => key.startsWith('mocks/');

/**
 * Which of the requested files are the demo's own code: everything only the `mocks/` entries need.
 * A chunk the requested app entries also import counts as the app's, since a build without the demo
 * would still download it.
 */
export function demoFiles(manifest, requested) {
  const mockRoots = Object.keys(manifest).filter(isMockSource);
  const appRoots = Object.entries(manifest)
    .filter(([key, c]) => !isMockSource(key) && (c.isEntry || c.isDynamicEntry) && requested.has(c.file))
    .map(([key]) => key);
  const app = filesOf(manifest, staticClosure(manifest, appRoots));
  const demo = filesOf(manifest, staticClosure(manifest, mockRoots));
  return new Set([...demo].filter((f) => !app.has(f)));
}

/** The lazy chunks of the editor feature's pages (their own files, not what they share with others). */
export function editorChunks(manifest) {
  return new Set(
    Object.entries(manifest)
      .filter(([key, c]) => key.startsWith('src/features/editor/') && c.isDynamicEntry)
      .flatMap(([, c]) => [c.file, ...(c.css ?? [])]),
  );
}

/**
 * Class names that only prosemirror-view and @tiptap/core carry: a chunk holding them holds editor
 * code, whatever the chunk is called (catches the editor leaking into a shared or entry chunk).
 */
const EDITOR_MARKER = /ProseMirror-(hideselection|separator)/;

export function containsEditorCode(distDir, file) {
  return file.endsWith('.js') && EDITOR_MARKER.test(readFileSync(join(distDir, file), 'utf8'));
}
