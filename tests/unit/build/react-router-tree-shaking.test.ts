// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { markReactRouterPure, reactRouterTreeShaking } from '../../../scripts/react-router-tree-shaking.mjs';

const root = resolve(__dirname, '../../..');
const production = join(root, 'node_modules/react-router/dist/production/index.mjs');

/** Bundles a module that uses one hook of React Router's production build, with or without the plugin. */
async function bundle(withPlugin: boolean): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'rr-shake-'));
  writeFileSync(join(dir, 'entry.js'), `import { useHref } from ${JSON.stringify(production)};\nexport const href = useHref;\n`);
  await build({
    configFile: false,
    logLevel: 'silent',
    root: dir,
    plugins: withPlugin ? [reactRouterTreeShaking()] : [],
    build: {
      outDir: join(dir, 'out'),
      minify: false,
      lib: { entry: join(dir, 'entry.js'), formats: ['es'], fileName: 'out' },
      rolldownOptions: { external: ['react', 'react-dom', /^react\//, 'cookie', 'set-cookie-parser'] },
    },
  });
  const out = join(dir, 'out');
  return readdirSync(out)
    .map((f) => readFileSync(join(out, f), 'utf8'))
    .join('\n');
}

describe('React Router tree-shaking', () => {
  it('marks component wrappers pure and drops the names given afterwards', () => {
    const code = ['var Link = React10.forwardRef(', '  function LinkWithRef() {}', ');', 'Link.displayName = "Link";', 'var C = /* @__PURE__ */ React.createContext(null);'].join('\n');
    const out = markReactRouterPure(code);
    expect(out).toContain('var Link = /* @__PURE__ */ React10.forwardRef(');
    expect(out).not.toContain('displayName');
    expect(out).toContain('var C = /* @__PURE__ */ React.createContext(null);');
    expect(out).not.toContain('__PURE__ */ /* @__PURE__');
  });

  it('leaves out the components an app does not use', { timeout: 60_000 }, async () => {
    const [plain, shaken] = await Promise.all([bundle(false), bundle(true)]);
    // Without it the package's components come along with one hook; with it they do not.
    expect(plain).toMatch(/NavLinkWithRef|PrefetchPageLinksImpl/);
    expect(shaken).not.toMatch(/NavLinkWithRef|PrefetchPageLinksImpl|FormWithRef/);
    expect(shaken).toContain('function useHref');
    expect(shaken.length).toBeLessThan(plain.length);
  });
});
