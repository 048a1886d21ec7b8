import { getHTMLFromFragment, getSchema } from '@tiptap/core';
import { Node as PMNode, type Schema } from '@tiptap/pm/model';
import { emptyDoc, type TiptapDoc, type TiptapNode } from '@/domain';
import { articleExtensions } from './extensions';
import { sanitizeArticleHtml } from './sanitize';

let cachedSchema: Schema | null = null;
/** The editor's schema, built once: the renderer and the editor share one extensions list. */
export function articleSchema(): Schema {
  cachedSchema ??= getSchema(articleExtensions());
  return cachedSchema;
}

/** Drops node and mark types the schema does not know instead of failing the whole article. */
function prune(node: TiptapNode, schema: Schema): TiptapNode | null {
  if (!schema.nodes[node.type]) return null;
  const marks = node.marks?.filter((m) => schema.marks[m.type]);
  const content = node.content?.map((c) => prune(c, schema)).filter((c): c is TiptapNode => c !== null);
  return { ...node, ...(marks ? { marks } : {}), ...(content ? { content } : {}) };
}

/**
 * A stored body as the editor can hold it. A type it does not know (a newer client's, another
 * backend's) is dropped alone: the editor would otherwise refuse the whole body and open it empty.
 */
export function fitToSchema(doc: TiptapDoc): TiptapDoc {
  const pruned = prune(doc, articleSchema());
  return pruned?.type === 'doc' ? (pruned as TiptapDoc) : emptyDoc();
}

/** TipTap JSON → the HTML the portal publishes, sanitised with a strict allow-list. */
export function renderArticleHtml(doc: TiptapNode | null | undefined): string {
  if (!doc || doc.type !== 'doc') return '';
  const schema = articleSchema();
  const pruned = prune(doc, schema);
  if (!pruned) return '';
  let node: PMNode;
  try {
    node = PMNode.fromJSON(schema, pruned);
  } catch {
    return '';
  }
  return sanitizeArticleHtml(getHTMLFromFragment(node.content, schema));
}
