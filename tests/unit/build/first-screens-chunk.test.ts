// @vitest-environment node
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firstScreensChunk } from '../../../scripts/first-screens-chunk.mjs';

/** A fake node_modules with Mantine's index of everything, and a module graph around it. */
function setUp() {
  const nm = mkdtempSync(join(tmpdir(), 'first-screens-'));
  const esm = join(nm, '@mantine/core/esm');
  mkdirSync(join(esm, 'components'), { recursive: true });
  writeFileSync(
    join(esm, 'index.mjs'),
    [
      'import { Button } from "./components/Button.mjs";',
      'import { Modal as Dialog } from "./components/Modal.mjs";',
      'import { Table } from "./components/Table.mjs";',
      'export { Button, Dialog, Table };',
    ].join('\n'),
  );
  const index = join(esm, 'index.mjs');
  const part = (name: string) => join(esm, 'components', `${name}.mjs`);
  const graph: Record<string, { code: string; importedIds: string[] }> = {
    '/app/main.tsx': { code: "import { Button, type ButtonProps } from '@mantine/core';\nimport './shell';", importedIds: [index, '/app/shell.tsx'] },
    '/app/shell.tsx': { code: "import {\n  Dialog as Modal,\n} from \"@mantine/core\";\nimport './util';", importedIds: [index, '/app/util.ts'] },
    '/app/util.ts': { code: 'export const x = 1;', importedIds: [] },
    '/app/editor.tsx': { code: "import { Table } from '@mantine/core';", importedIds: [index] },
    [index]: { code: '', importedIds: [part('Button'), part('Modal'), part('Table')] },
    [part('Button')]: { code: "import './Box.mjs';", importedIds: [part('Box')] },
    [part('Box')]: { code: '', importedIds: [] },
    [part('Modal')]: { code: '', importedIds: [] },
    [part('Table')]: { code: '', importedIds: [] },
  };
  const ctx = { getModuleInfo: (id: string) => graph[id] ?? null };
  return { nm, ctx, part, index };
}

describe('the first screens’ chunk', () => {
  it('takes what the first screens import, through Mantine’s index by the names imported, and nothing else', () => {
    const { nm, ctx, part, index } = setUp();
    const name = firstScreensChunk(nm, ['/app/main.tsx']);
    for (const id of ['/app/main.tsx', '/app/shell.tsx', '/app/util.ts', part('Button'), part('Box'), part('Modal')]) expect(name(id, ctx), id).toBe('start');
    // Only the editor uses Table: it stays in the editor's chunks, and so does the index itself.
    for (const id of ['/app/editor.tsx', part('Table'), index]) expect(name(id, ctx), id).toBeNull();
  });

  it('leaves out zod’s locales, which its index re-exports but the app never uses', () => {
    const { nm } = setUp();
    const locales = '/nm/zod/v4/locales/index.js';
    const en = '/nm/zod/v4/locales/en.js';
    const graph: Record<string, { code: string; importedIds: string[] }> = {
      '/app/main.tsx': { code: "import { z } from 'zod';", importedIds: ['/nm/zod/v4/mini/external.js'] },
      '/nm/zod/v4/mini/external.js': { code: '', importedIds: ['/nm/zod/v4/core/index.js', locales] },
      '/nm/zod/v4/core/index.js': { code: '', importedIds: [] },
      [locales]: { code: '', importedIds: [en] },
      [en]: { code: '', importedIds: [] },
    };
    const ctx = { getModuleInfo: (id: string) => graph[id] ?? null };
    const name = firstScreensChunk(nm, ['/app/main.tsx']);
    expect(name('/nm/zod/v4/core/index.js', ctx)).toBe('start');
    expect(name(locales, ctx)).toBeNull();
    expect(name(en, ctx)).toBeNull();
  });

  it('refuses a root that is not in the build, so a renamed page cannot silently empty the chunk', () => {
    const { nm, ctx } = setUp();
    expect(() => firstScreensChunk(nm, ['/app/gone.tsx'])('/app/main.tsx', ctx)).toThrow(/gone\.tsx is not in the build/);
  });
});
