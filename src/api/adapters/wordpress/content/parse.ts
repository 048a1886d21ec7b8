import type { TiptapNode } from '@/domain';
import { inlineNodes, requireAttributes, Unrepresentable } from './inline';
import { hasBlocks, splitBlocks, type BlockToken } from './markup';

/** One top-level editor node and the exact stored text it came from. */
export type Segment = { raw: string; node: TiptapNode; /** Whitespace between the previous segment and this one. */ sep: string };

export const OPAQUE = 'opaqueBlock';
export const opaque = (html: string, label: string): TiptapNode => ({ type: OPAQUE, attrs: { html, label } });

/** Stored markup is parsed in a template's document: there nothing loads, so no `onerror` can fire. */
function fragment(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

/** The single element a block wraps, ignoring the whitespace around it. */
function onlyElement(html: string, tag: string): Element {
  const nodes = Array.from(fragment(html).childNodes).filter((n) => !(n.nodeType === 3 && !n.nodeValue?.trim()));
  const el = nodes[0];
  if (nodes.length !== 1 || el.nodeType !== 1 || (el as Element).localName !== tag) throw new Unrepresentable(`expected <${tag}>`);
  return el as Element;
}

function requireBlockAttrs(block: BlockToken, allowed: Record<string, (v: unknown) => boolean>): void {
  for (const [key, value] of Object.entries(block.attrs)) {
    if (!allowed[key]?.(value)) throw new Unrepresentable(`${block.name} with ${key}`);
  }
}

function paragraph(el: Element, newlines = false): TiptapNode {
  const content = inlineNodes(el, { newlines });
  return content.length ? { type: 'paragraph', content } : { type: 'paragraph' };
}

function listItems(list: Element, blocks: boolean): TiptapNode[] {
  const items: TiptapNode[] = [];
  for (const child of Array.from(list.childNodes)) {
    if (child.nodeType === 3 && !child.nodeValue?.trim()) continue;
    if (child.nodeType === 8 && blocks && /^\s*\/?wp:list-item\s*$/.test(child.nodeValue ?? '')) continue;
    if (child.nodeType !== 1 || (child as Element).localName !== 'li') throw new Unrepresentable('list content');
    requireAttributes(child as Element, []);
    items.push({ type: 'listItem', content: [paragraph(child as Element)] });
  }
  if (!items.length) throw new Unrepresentable('empty list');
  return items;
}

function list(el: Element, blocks: boolean): TiptapNode {
  requireAttributes(el, []);
  const content = listItems(el, blocks);
  return el.localName === 'ol' ? { type: 'orderedList', attrs: { start: 1 }, content } : { type: 'bulletList', content };
}

/** The editor offers H2–H4: the article title is the page's h1. */
const isLevel = (v: unknown) => typeof v === 'number' && v >= 2 && v <= 4;

/** A block the editor can edit, or an Unrepresentable error. */
function editableBlock(block: BlockToken): TiptapNode {
  switch (block.name) {
    case 'core/paragraph': {
      requireBlockAttrs(block, {});
      const p = onlyElement(block.inner, 'p');
      requireAttributes(p, []);
      return paragraph(p);
    }
    case 'core/heading': {
      requireBlockAttrs(block, { level: isLevel });
      const level = (block.attrs.level as number | undefined) ?? 2;
      const h = onlyElement(block.inner, `h${level}`);
      requireAttributes(h, []);
      const content = inlineNodes(h);
      return { type: 'heading', attrs: { level }, ...(content.length ? { content } : {}) };
    }
    case 'core/list': {
      requireBlockAttrs(block, { ordered: (v) => typeof v === 'boolean' });
      return list(onlyElement(block.inner, block.attrs.ordered ? 'ol' : 'ul'), true);
    }
    case 'core/quote': {
      requireBlockAttrs(block, {});
      const quote = onlyElement(block.inner, 'blockquote');
      requireAttributes(quote, ['class']);
      if (quote.getAttribute('class') !== 'wp-block-quote') throw new Unrepresentable('quote style');
      const inner = quote.innerHTML;
      const paragraphs = splitBlocks(inner).map((c) => {
        if (c.kind === 'freeform') {
          if (c.raw.trim()) throw new Unrepresentable('quote content');
          return null;
        }
        return editableBlock(c.block);
      });
      const content = paragraphs.filter((n): n is TiptapNode => n !== null);
      if (!content.length || content.some((n) => n.type !== 'paragraph')) throw new Unrepresentable('quote content');
      return { type: 'blockquote', content };
    }
    case 'core/separator': {
      requireBlockAttrs(block, {});
      const hr = onlyElement(block.inner, 'hr');
      requireAttributes(hr, ['class']);
      if (hr.getAttribute('class') !== 'wp-block-separator has-alpha-channel-opacity') throw new Unrepresentable('separator style');
      return { type: 'horizontalRule' };
    }
    case 'core/image': {
      requireBlockAttrs(block, {});
      const figure = onlyElement(block.inner, 'figure');
      requireAttributes(figure, ['class']);
      if (figure.getAttribute('class') !== 'wp-block-image') throw new Unrepresentable('image style');
      const parts = Array.from(figure.childNodes).filter((n) => !(n.nodeType === 3 && !n.nodeValue?.trim())) as Element[];
      const [img, caption] = parts;
      if (!img || img.localName !== 'img' || parts.length > 2) throw new Unrepresentable('image content');
      requireAttributes(img, ['src', 'alt']);
      let text = '';
      if (caption) {
        if (caption.localName !== 'figcaption' || caption.getAttribute('class') !== 'wp-element-caption') throw new Unrepresentable('caption');
        requireAttributes(caption, ['class']);
        if (Array.from(caption.childNodes).some((n) => n.nodeType !== 3)) throw new Unrepresentable('caption markup');
        text = caption.textContent ?? '';
      }
      // The editor's photo: src and alt as attributes, the caption as its text.
      return { type: 'figure', attrs: { src: img.getAttribute('src'), alt: img.getAttribute('alt') ?? '' }, ...(text ? { content: [{ type: 'text', text }] } : {}) };
    }
    default:
      throw new Unrepresentable(block.name);
  }
}

function blockLabel(block: BlockToken): string {
  const provider = typeof block.attrs.providerNameSlug === 'string' ? ` · ${block.attrs.providerNameSlug}` : '';
  return `${block.name.replace(/^core\//, '')}${provider}`;
}

function blockNode(block: BlockToken): TiptapNode {
  try {
    return editableBlock(block);
  } catch (error) {
    if (error instanceof Unrepresentable) return opaque(block.raw, blockLabel(block));
    throw error;
  }
}

const CLASSIC_BLOCK = /^<(h[1-6]|ul|ol|blockquote|pre|hr|table|div|figure|p|iframe|script|style|form|dl|section|object|video|audio)\b/i;

/** One classic-editor paragraph (text between blank lines) as an editor node. */
function classicNode(raw: string): TiptapNode {
  const text = raw.trim();
  if (/^\[[a-z][\s\S]*\]$/i.test(text)) return opaque(raw, `shortcode [${/^\[([\w-]+)/.exec(text)?.[1] ?? ''}]`);
  const tag = CLASSIC_BLOCK.exec(text)?.[1]?.toLowerCase();
  try {
    if (!tag) {
      // Not the page's own document: a detached <img src=x onerror=…> of the page still loads and fires.
      const holder = fragment('').ownerDocument.createElement('p');
      holder.innerHTML = text;
      if (/\[[a-z][\w-]*[\s\]]/i.test(text)) throw new Unrepresentable('shortcode in text');
      return paragraph(holder, true);
    }
    const el = onlyElement(text, tag);
    if (/^h[2-4]$/.test(tag)) {
      requireAttributes(el, []);
      const content = inlineNodes(el, { newlines: true });
      return { type: 'heading', attrs: { level: Number(tag[1]) }, ...(content.length ? { content } : {}) };
    }
    if (tag === 'ul' || tag === 'ol') return list(el, false);
    if (tag === 'p') {
      requireAttributes(el, []);
      return paragraph(el, true);
    }
    throw new Unrepresentable(tag);
  } catch (error) {
    if (error instanceof Unrepresentable) return opaque(raw, tag ? `<${tag}>` : 'html');
    throw error;
  }
}

function classicSegments(raw: string, leading: string): Segment[] {
  const out: Segment[] = [];
  const parts = raw.split(/(\n[ \t]*\n\s*)/);
  let sep = leading;
  for (let i = 0; i < parts.length; i += 2) {
    const part = parts[i];
    const next = parts[i + 1] ?? '';
    if (!part.trim()) {
      sep += part + next;
      continue;
    }
    out.push({ raw: part, node: classicNode(part), sep });
    sep = next;
  }
  return out;
}

/** Stored post content (`content.raw`) → one segment per top-level editor node. */
export function parseContent(content: string): { segments: Segment[]; blocks: boolean; tail: string } {
  const blocks = hasBlocks(content);
  if (!blocks) {
    const tail = /\s*$/.exec(content)?.[0] ?? '';
    return { segments: classicSegments(content.slice(0, content.length - tail.length), ''), blocks, tail };
  }
  const segments: Segment[] = [];
  let sep = '';
  for (const chunk of splitBlocks(content)) {
    if (chunk.kind === 'freeform') {
      if (!chunk.raw.trim()) {
        sep += chunk.raw;
        continue;
      }
      const lead = /^\s*/.exec(chunk.raw)?.[0] ?? '';
      const trail = /\s*$/.exec(chunk.raw)?.[0] ?? '';
      segments.push(...classicSegments(chunk.raw.slice(lead.length, chunk.raw.length - trail.length), sep + lead));
      sep = trail;
      continue;
    }
    segments.push({ raw: chunk.block.raw, node: blockNode(chunk.block), sep });
    sep = '';
  }
  return { segments, blocks, tail: sep };
}
