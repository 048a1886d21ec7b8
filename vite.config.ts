import { realpathSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { readServedConfig, securityHeaders } from './scripts/csp.mjs';
import { firstScreensChunk } from './scripts/first-screens-chunk.mjs';
import { reactRouterTreeShaking } from './scripts/react-router-tree-shaking.mjs';

/**
 * `vite preview` serves the build as production does: with the strict Content-Security-Policy built
 * from the served directory's own config.json (so a copy pointed at WordPress allows that origin).
 * Not for the dev server, whose module reloading needs an inline script.
 */
function productionHeaders(): Plugin {
  return {
    name: 'newsroom-production-headers',
    configurePreviewServer(server) {
      const configFile = resolve(server.config.root, server.config.build.outDir, 'config.json');
      server.middlewares.use((_req, res, next) => {
        for (const [name, value] of Object.entries(securityHeaders(readServedConfig(configFile)))) res.setHeader(name, value);
        next();
      });
    },
  };
}

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** For the build only (tests and the dev server keep the original): `source` imported as `to` decides. */
function buildRedirect(name: string, to: (source: string, importer: string | undefined) => string | null): Plugin {
  return { name, apply: 'build', enforce: 'pre', resolveId: (source, importer) => to(source, importer) };
}

/**
 * Mantine's ScrollArea (which Modal brings into the first screens) imports a single
 * ref-merging hook from floating-ui; a stand-in keeps the positioning library in the chunks of the
 * menus, popovers and tooltips that need it.
 */
const scrollAreaMergeRefs = () =>
  buildRedirect('newsroom-scroll-area-merge-refs', (source, importer) =>
    source === '@floating-ui/react' && importer && /[\\/]@mantine[\\/]core[\\/].*[\\/]ScrollArea\.mjs$/.test(importer)
      ? here('./src/app/vendor/merge-refs.ts')
      : null,
  );

/**
 * Mantine's AppShell bars import `react-remove-scroll` for two class names; a stand-in gives them
 * those names and leaves the scroll lock with the dialogs that use it.
 */
const appShellRemoveScroll = () =>
  buildRedirect('newsroom-app-shell-remove-scroll', (source, importer) =>
    source === 'react-remove-scroll' && importer && /[\\/]@mantine[\\/]core[\\/].*[\\/]AppShell(Header|Footer|Aside)\.mjs$/.test(importer)
      ? here('./src/app/vendor/remove-scroll-class-names.ts')
      : null,
  );

/**
 * A part of Mantine that a first-screen component imports for a mode the app never turns on: where
 * `importer` imports `source`, `standIn` answers instead and loads the real module, by the name
 * `newsroom:<name>`, only if that mode is ever used.
 */
const onDemandPart = (name: string, importer: RegExp, source: RegExp, standIn: string, real: string): Plugin[] => [
  // The real module by its name, everywhere (the tests load the stand-ins directly).
  { name: `newsroom-real-${name}`, enforce: 'pre', resolveId: (id) => (id === `newsroom:${name}` ? realpathSync(here(`./node_modules/@mantine/core/esm/components/${real}`)) : null) },
  buildRedirect(`newsroom-on-demand-${name}`, (id, from) => (from && importer.test(from) && source.test(id) ? here(standIn) : null)),
];

/**
 * Table.ScrollContainer imports ScrollArea for `type="scrollarea"`; the app's tables scroll natively.
 * The AppShell's bars render a resize handle, which draws nothing unless a bar is resizable.
 */
const tableScrollAreaOnDemand = () =>
  onDemandPart('mantine-scroll-area', /[\\/]Table[\\/]TableScrollContainer\.mjs$/, /[\\/]ScrollArea\.mjs$/, './src/app/vendor/table-scroll-area.tsx', 'ScrollArea/ScrollArea.mjs');
const appShellResizeOnDemand = () =>
  onDemandPart(
    'mantine-app-shell-resize-handle',
    /[\\/]AppShell[\\/]AppShell(Header|Navbar|Aside|Footer)[\\/]AppShell(Header|Navbar|Aside|Footer)\.mjs$/,
    /[\\/]AppShellResizeHandle\.mjs$/,
    './src/app/vendor/app-shell-resize-handle.tsx',
    'AppShell/AppShellResizeHandle/AppShellResizeHandle.mjs',
  );

/**
 * React Router publishes a production build beside the development one but points every export
 * condition at the development one (its framework plugin swaps them). The app's build takes the
 * production one: without the development warnings and checks, smaller and faster. Tests keep the
 * warnings.
 */
const reactRouterProduction = () =>
  buildRedirect('newsroom-react-router-production', (source) =>
    source === 'react-router' ? here('./node_modules/react-router/dist/production/index.mjs') : null,
  );

/**
 * What the first screens import goes into one chunk: see scripts/first-screens-chunk.mjs. The bundler
 * names modules by their real path, so a `node_modules` that is a link is followed first.
 */
const FIRST_SCREENS = ['src/main.tsx', 'src/features/auth/sign-in-page.tsx', 'src/features/dashboard/dashboard-page.tsx'];

export default defineConfig({
  plugins: [react(), productionHeaders(), scrollAreaMergeRefs(), appShellRemoveScroll(), ...tableScrollAreaOnDemand(), ...appShellResizeOnDemand(), reactRouterProduction(), reactRouterTreeShaking()],
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${fileURLToPath(new URL('./src', import.meta.url))}/` },
      { find: /^@mocks\//, replacement: `${fileURLToPath(new URL('./mocks', import.meta.url))}/` },
      // Zod Mini, configured before any schema exists: no `new Function` probe, which the production CSP
      // reports, and English messages (see the module; tsconfig.json types `zod` from it too).
      { find: /^zod$/, replacement: fileURLToPath(new URL('./src/app/vendor/zod.ts', import.meta.url)) },
    ],
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: firstScreensChunk(realpathSync(here('./node_modules')), FIRST_SCREENS.map((f) => here(`./${f}`))) }] },
      },
    },
  },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/{unit,integration,contract}/**/*.test.{ts,tsx}'],
    // Against a real WordPress: `npm run test:wordpress` (vitest.wordpress.config.ts) starts one first.
    exclude: ['**/node_modules/**', 'tests/contract/wordpress*.test.ts'],
    testTimeout: 20000,
    pool: 'threads',
    // Vitest leaves one core to itself by default: on a two-core runner that is one test file at a time.
    maxWorkers: availableParallelism(),
  },
});
