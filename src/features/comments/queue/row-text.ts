import type { TFunction } from 'i18next';

const OPEN = '\u0001';
const CLOSE = '\u0002';

/**
 * A `t` for rows rendered by the hundred while a list scrolls: each key is looked up through i18next
 * once per language, and its interpolations are filled in by a template compiled from that lookup.
 * Plurals, contexts and defaults go through i18next as usual.
 */
export function compiledT<N extends string>(t: TFunction<N>): TFunction<N> {
  const plain = new Map<string, string>();
  const templates = new Map<string, { names: string[]; parts: string[] }>();
  const fast = (key: string, options?: Record<string, unknown>) => {
    if (!options) {
      let text = plain.get(key);
      if (text === undefined) plain.set(key, (text = t(key as never) as string));
      return text;
    }
    if ('count' in options || 'context' in options || 'defaultValue' in options) return t(key as never, options as never);
    const names = Object.keys(options);
    const id = `${key}|${names.join(',')}`;
    let tpl = templates.get(id);
    if (!tpl) {
      const probe = Object.fromEntries(names.map((name, i) => [name, `${OPEN}${i}${CLOSE}`]));
      const parts = (t(key as never, probe as never) as unknown as string).split(new RegExp(`${OPEN}(\\d+)${CLOSE}`));
      templates.set(id, (tpl = { names, parts }));
    }
    let out = '';
    for (let i = 0; i < tpl.parts.length; i++) out += i % 2 ? String(options[tpl.names[Number(tpl.parts[i])]]) : tpl.parts[i];
    return out;
  };
  return fast as unknown as TFunction<N>;
}
