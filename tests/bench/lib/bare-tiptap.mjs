// The yardstick: a bare TipTap editor with StarterKit and nothing else, built with Vite's JS API
// into .bench/ (never into the app's bundle) and served to the browser by request interception.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { build } from 'vite';

export const BARE_ORIGIN = 'http://bare-tiptap.bench';

const HTML = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>bare TipTap</title>
<style>body{font:16px/1.55 system-ui,sans-serif;margin:0}#editor{width:800px;margin:24px auto}.ProseMirror{outline:none;padding:16px;border:1px solid #ccc}</style>
</head><body><div id="editor"></div><script type="module" src="./main.js"></script></body></html>
`;

const MAIN = `import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
window.__startEditor = (content) => {
  window.__editor = new Editor({ element: document.querySelector('#editor'), extensions: [StarterKit], content });
};
`;

/** Builds the page (a few seconds) and returns its output folder. */
export async function buildBareTiptap(root) {
  const dir = join(root, '.bench', 'bare-tiptap');
  const src = join(dir, 'src');
  const out = join(dir, 'dist');
  mkdirSync(src, { recursive: true });
  writeFileSync(join(src, 'index.html'), HTML);
  writeFileSync(join(src, 'main.js'), MAIN);
  await build({
    root: src,
    configFile: false,
    logLevel: 'warn',
    build: { outDir: out, emptyOutDir: true },
  });
  if (!existsSync(join(out, 'index.html'))) throw new Error('bare TipTap build produced no index.html');
  return out;
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** Serves the built page at BARE_ORIGIN to this browser context. */
export async function serveBareTiptap(context, out) {
  await context.route(`${BARE_ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    const file = join(out, path === '/' ? 'index.html' : path);
    if (!existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
  });
}
