/** Gutenberg block delimiters, as WordPress's own block parser reads them. */
const DELIMITER = /<!--\s+(\/)?wp:([a-z][a-z0-9_-]*\/)?([a-z][a-z0-9_-]*)\s+(\{[\s\S]*?\}\s+)?(\/)?-->/g;

export type BlockToken = {
  /** `core/paragraph`, `core/embed`, `my-plugin/box`. */
  name: string;
  attrs: Record<string, unknown>;
  /** The whole block, delimiters included, exactly as stored. */
  raw: string;
  /** What sits between the opening and the closing delimiter (empty for a void block). */
  inner: string;
};

/** A run of the stored content: a top-level block, or HTML outside any block ("freeform"). */
export type Chunk = { kind: 'block'; block: BlockToken } | { kind: 'freeform'; raw: string };

function parseAttrs(json: string | undefined): Record<string, unknown> | null {
  if (!json) return {};
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * Splits stored content into top-level blocks and the freeform HTML between them. Nested blocks
 * stay inside their parent's `inner`. Unbalanced delimiters leave the rest as freeform, so nothing
 * is ever dropped: concatenating every chunk's raw text gives the input back.
 */
export function splitBlocks(content: string): Chunk[] {
  const chunks: Chunk[] = [];
  const stack: { name: string; attrs: Record<string, unknown>; start: number; innerStart: number }[] = [];
  let cursor = 0;
  const pushFreeform = (end: number) => {
    if (end > cursor) chunks.push({ kind: 'freeform', raw: content.slice(cursor, end) });
  };
  for (const m of content.matchAll(DELIMITER)) {
    const [whole, closer, ns, local, json, selfClosing] = m;
    const name = `${ns ? ns.slice(0, -1) : 'core'}/${local}`;
    const start = m.index;
    const end = start + whole.length;
    const attrs = parseAttrs(json?.trim());
    if (attrs === null) continue;
    if (closer) {
      const open = stack.pop();
      if (!open || open.name !== name) {
        pushFreeform(content.length);
        return chunks;
      }
      if (stack.length === 0) {
        pushFreeform(open.start);
        chunks.push({ kind: 'block', block: { name, attrs: open.attrs, raw: content.slice(open.start, end), inner: content.slice(open.innerStart, start) } });
        cursor = end;
      }
    } else if (selfClosing) {
      if (stack.length === 0) {
        pushFreeform(start);
        chunks.push({ kind: 'block', block: { name, attrs, raw: whole, inner: '' } });
        cursor = end;
      }
    } else {
      stack.push({ name, attrs, start, innerStart: end });
    }
  }
  pushFreeform(content.length);
  return chunks;
}

export const hasBlocks = (content: string): boolean => /<!--\s+wp:/.test(content);

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
}

export function escapeAttr(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;');
}

/** Block comment as the block editor writes it: attributes only when there are any. */
export function delimiters(name: string, attrs: Record<string, unknown> = {}): [string, string] {
  const local = name.startsWith('core/') ? name.slice(5) : name;
  const json = Object.keys(attrs).length ? ` ${JSON.stringify(attrs)}` : '';
  return [`<!-- wp:${local}${json} -->`, `<!-- /wp:${local} -->`];
}
