import type { TiptapNode } from '@/domain';
import { inlineHtml, Unrepresentable } from './inline';
import { delimiters, escapeAttr, escapeText } from './markup';
import { OPAQUE } from './parse';

const wrap = (name: string, html: string, attrs?: Record<string, unknown>) => {
  const [open, close] = delimiters(name, attrs);
  return `${open}\n${html}\n${close}`;
};

function itemHtml(item: TiptapNode, blocks: boolean): string {
  // WordPress list items hold inline content: further paragraphs become line breaks, not lost text.
  const parts = (item.content ?? []).map((child) => {
    if (child.type === 'paragraph') return inlineHtml(child.content);
    if (child.type === 'bulletList' || child.type === 'orderedList') return (blocks ? '' : '\n') + nodeHtml(child, blocks);
    throw new Unrepresentable(`list item with ${child.type}`);
  });
  const li = `<li>${parts.reduce((acc, part, i) => (i === 0 ? part : part.startsWith('<!--') || part.startsWith('\n') ? acc + part : `${acc}<br>${part}`), '')}</li>`;
  return blocks ? wrap('core/list-item', li) : li;
}

function imageHtml(node: TiptapNode): string {
  const src = node.attrs?.src;
  if (typeof src !== 'string' || !src) throw new Unrepresentable('image without src');
  const alt = typeof node.attrs?.alt === 'string' ? node.attrs.alt : '';
  return `<img src="${escapeAttr(src)}" alt="${escapeAttr(alt)}"/>`;
}

/** One editor node as the block editor would store it (`blocks`), or as classic-editor HTML. */
export function nodeHtml(node: TiptapNode, blocks: boolean): string {
  switch (node.type) {
    case OPAQUE:
      return String(node.attrs?.html ?? '');
    case 'paragraph':
      return blocks ? wrap('core/paragraph', `<p>${inlineHtml(node.content)}</p>`) : inlineHtml(node.content, { newlines: true });
    case 'heading': {
      const level = Math.min(6, Math.max(1, Number(node.attrs?.level ?? 2)));
      const h = `<h${level}>${inlineHtml(node.content)}</h${level}>`;
      return blocks ? wrap('core/heading', h, level === 2 ? {} : { level }) : h;
    }
    case 'bulletList':
    case 'orderedList': {
      const ordered = node.type === 'orderedList';
      const tag = ordered ? 'ol' : 'ul';
      const items = (node.content ?? []).map((item) => itemHtml(item, blocks));
      const html = `<${tag}>${blocks ? items.join('\n\n') : items.join('\n')}</${tag}>`;
      return blocks ? wrap('core/list', html, ordered ? { ordered: true } : {}) : html;
    }
    case 'blockquote': {
      const inner = (node.content ?? []).map((child) => nodeHtml(child, blocks)).join(blocks ? '\n\n' : '\n');
      return blocks ? wrap('core/quote', `<blockquote class="wp-block-quote">${inner}</blockquote>`) : `<blockquote>${inner}</blockquote>`;
    }
    case 'horizontalRule':
      return blocks ? wrap('core/separator', '<hr class="wp-block-separator has-alpha-channel-opacity"/>') : '<hr />';
    case 'figure': {
      const caption = (node.content ?? []).map((t) => t.text ?? '').join('');
      const figcaption = caption ? `<figcaption class="wp-element-caption">${escapeText(caption)}</figcaption>` : '';
      return blocks ? wrap('core/image', `<figure class="wp-block-image">${imageHtml(node)}${figcaption}</figure>`) : `<figure>${imageHtml(node)}${caption ? `<figcaption>${escapeText(caption)}</figcaption>` : ''}</figure>`;
    }
    default:
      throw new Unrepresentable(node.type);
  }
}
