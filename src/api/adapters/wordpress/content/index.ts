import type { TiptapDoc, TiptapNode } from '@/domain';
import { parseContent, type Segment } from './parse';
import { nodeHtml } from './serialize';

export { OPAQUE, opaque } from './parse';
export { Unrepresentable } from './inline';

/** Stored content → the editor's document. What the editor cannot represent becomes an `opaqueBlock`. */
export function contentToDoc(content: string): TiptapDoc {
  const nodes = parseContent(content).segments.map((s) => s.node);
  return { type: 'doc', content: nodes.length ? nodes : [{ type: 'paragraph' }] };
}

const DEFAULT_ATTRS: Record<string, Record<string, unknown>> = {
  orderedList: { start: 1 },
  heading: {},
};

/** A comparison key that ignores what the editor adds on its own: null attributes, default values, mark order. */
export function nodeKey(node: TiptapNode): string {
  const norm = (n: TiptapNode): unknown => {
    const attrs = Object.entries(n.attrs ?? {})
      .filter(([k, v]) => v !== null && v !== undefined && DEFAULT_ATTRS[n.type]?.[k] !== v)
      .sort(([a], [b]) => a.localeCompare(b));
    const marks = (n.marks ?? [])
      .map((m) => JSON.stringify([m.type, Object.entries(m.attrs ?? {}).filter(([, v]) => v !== null && v !== undefined).sort(([a], [b]) => a.localeCompare(b))]))
      .sort();
    return [n.type, attrs, marks, n.text ?? null, (n.content ?? []).map(norm)];
  };
  return JSON.stringify(norm(node));
}

/** An empty paragraph at the end is the editor's trailing-node convenience, not content. */
function meaningful(doc: TiptapDoc): TiptapNode[] {
  const nodes = [...(doc.content ?? [])];
  while (nodes.length && nodes[nodes.length - 1].type === 'paragraph' && !nodes[nodes.length - 1].content?.length) nodes.pop();
  return nodes;
}

/**
 * The editor's document → content to store, given what is stored now. Nodes the user did not touch
 * are written back byte for byte from the stored text (so blocks with settings the editor ignores keep
 * them); new or edited ones are serialized in the post's own style (blocks or classic HTML).
 * Returns null when nothing changed, so an unmodified post is not rewritten at all.
 */
export function docToContent(doc: TiptapDoc, stored: string): string | null {
  const { segments, blocks: storedBlocks, tail } = parseContent(stored);
  const nodes = meaningful(doc);
  const keys = nodes.map(nodeKey);
  const storedKeys = segments.map((s) => nodeKey(s.node));
  if (keys.length === storedKeys.length && keys.every((k, i) => k === storedKeys[i])) return null;

  const blocks = storedBlocks || !stored.trim();
  const pool = new Map<string, { segment: Segment; index: number }[]>();
  segments.forEach((segment, index) => {
    const key = storedKeys[index];
    pool.set(key, [...(pool.get(key) ?? []), { segment, index }]);
  });
  let out = '';
  let previous = -2;
  nodes.forEach((node, i) => {
    const reused = pool.get(keys[i])?.shift();
    const sep = i === 0 ? '' : '\n\n';
    if (reused) {
      if (i === 0) out += reused.index === 0 ? reused.segment.sep : '';
      else out += reused.index === previous + 1 ? reused.segment.sep : sep;
      out += reused.segment.raw;
      previous = reused.index;
    } else {
      out += sep + nodeHtml(node, blocks);
      previous = -2;
    }
  });
  return out + (nodes.length ? tail : '');
}
