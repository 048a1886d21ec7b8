// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { languages } from '@/i18n';

// Read from disk rather than through src/i18n so a catalog file that fails to load is noticed too.
const root = join(__dirname, '../../../src/i18n/locales');
const load = (lang: string, ns: string): unknown => {
  const file = join(root, lang, `${ns}.json`);
  // A missing file is reported by the namespace test; here it just has no keys.
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
};
const namespaces = (lang: string) =>
  readdirSync(join(root, lang))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();

/** Every leaf as `a.b.c` → value. Arrays count as leaves' containers by index. */
export function flatten(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      for (const [k, v] of flatten(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
    }
  } else {
    out.set(prefix, value);
  }
  return out;
}

describe('message catalogs', () => {
  it('have the same namespaces in every language', () => {
    const [first, ...rest] = languages;
    for (const lang of rest) expect(namespaces(lang)).toEqual(namespaces(first));
  });

  for (const ns of namespaces('vi')) {
    describe(ns, () => {
      it('has the same keys in Vietnamese and English', () => {
        const vi = [...flatten(load('vi', ns)).keys()].sort();
        for (const lang of languages.filter((l) => l !== 'vi')) {
          const other = [...flatten(load(lang, ns)).keys()].sort();
          const missing = vi.filter((k) => !other.includes(k));
          const extra = other.filter((k) => !vi.includes(k));
          expect({ lang, missing, extra }).toEqual({ lang, missing: [], extra: [] });
        }
      });

      it('has no empty or non-text values', () => {
        for (const lang of languages) {
          const bad = [...flatten(load(lang, ns))].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
          expect({ lang, bad }).toEqual({ lang, bad: [] });
        }
      });

      it('uses the same interpolation variables in both languages', () => {
        const vars = (s: unknown) => [...String(s).matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
        const vi = flatten(load('vi', ns));
        const en = flatten(load('en', ns));
        const differing = [...vi].filter(([k, v]) => en.has(k) && vars(v).join() !== vars(en.get(k)).join()).map(([k]) => k);
        expect(differing).toEqual([]);
      });
    });
  }
});

describe('the comparison itself', () => {
  it('sees nested keys', () => {
    expect([...flatten({ a: { b: 'x', c: { d: 'y' } }, e: 'z' }).keys()]).toEqual(['a.b', 'a.c.d', 'e']);
  });
});
