import type { TiptapNode } from '@/domain';
import { escapeAttr, escapeText } from './markup';

type Mark = NonNullable<TiptapNode['marks']>[number];

/** Thrown when markup holds something the editor's schema cannot carry; the caller keeps it opaque. */
export class Unrepresentable extends Error {}

const MARK_TAGS: Record<string, string> = { strong: 'bold', b: 'bold', em: 'italic', i: 'italic', u: 'underline', s: 'strike', del: 'strike', strike: 'strike' };
/** Serialization order, outermost first. */
const MARK_ORDER = ['link', 'bold', 'italic', 'underline', 'strike'];
const MARK_HTML: Record<string, string> = { bold: 'strong', italic: 'em', underline: 'u', strike: 's' };
const LINK_ATTRS = ['href', 'target', 'rel'];

export function attributeNames(el: Element): string[] {
  return Array.from(el.attributes, (a) => a.name);
}

/** Only the listed attributes may be present: anything else would be lost on the way back. */
export function requireAttributes(el: Element, allowed: readonly string[]): void {
  const extra = attributeNames(el).filter((n) => !allowed.includes(n));
  if (extra.length) throw new Unrepresentable(`<${el.localName}> with ${extra.join(', ')}`);
}

function linkMark(el: Element): Mark {
  requireAttributes(el, LINK_ATTRS);
  const href = el.getAttribute('href');
  if (!href) throw new Unrepresentable('<a> without href');
  return { type: 'link', attrs: { href, target: el.getAttribute('target'), rel: el.getAttribute('rel'), class: null, title: null } };
}

/** Inline content of a paragraph-like element as TipTap nodes. `newlines` turns "\n" into hard breaks (classic content). */
export function inlineNodes(parent: Node, options: { newlines?: boolean } = {}): TiptapNode[] {
  const out: TiptapNode[] = [];
  const pushText = (text: string, marks: Mark[]) => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last?.type === 'text' && sameMarks(last.marks ?? [], marks)) last.text += text;
    else out.push(marks.length ? { type: 'text', text, marks: [...marks] } : { type: 'text', text });
  };
  // wpautop writes "<br />\n": in classic content that newline belongs to the break.
  let afterBreak = false;
  const walk = (node: Node, marks: Mark[]) => {
    if (node.nodeType === 3) {
      let text = node.nodeValue ?? '';
      if (!options.newlines) return pushText(text, marks);
      if (afterBreak && text.startsWith('\n')) text = text.slice(1);
      afterBreak = false;
      text.split('\n').forEach((part, i) => {
        if (i > 0) out.push({ type: 'hardBreak' });
        pushText(part, marks);
      });
      return;
    }
    if (node.nodeType !== 1) throw new Unrepresentable('a comment inside text');
    const el = node as Element;
    const tag = el.localName;
    if (tag === 'br') {
      requireAttributes(el, []);
      out.push({ type: 'hardBreak' });
      afterBreak = true;
      return;
    }
    let mark: Mark;
    if (tag === 'a') mark = linkMark(el);
    else if (MARK_TAGS[tag]) {
      requireAttributes(el, []);
      mark = { type: MARK_TAGS[tag] };
    } else throw new Unrepresentable(`<${tag}>`);
    afterBreak = false;
    const next = marks.some((m) => m.type === mark.type) ? marks : [...marks, mark];
    el.childNodes.forEach((child) => walk(child, next));
  };
  parent.childNodes.forEach((child) => walk(child, []));
  return out;
}

function sameMarks(a: Mark[], b: Mark[]): boolean {
  return JSON.stringify(sortMarks(a)) === JSON.stringify(sortMarks(b));
}

export function sortMarks(marks: readonly Mark[]): Mark[] {
  return [...marks].sort((x, y) => MARK_ORDER.indexOf(x.type) - MARK_ORDER.indexOf(y.type));
}

function openTag(mark: Mark): string {
  if (mark.type !== 'link') return `<${MARK_HTML[mark.type] ?? 'span'}>`;
  const attrs = LINK_ATTRS.map((n) => [n, mark.attrs?.[n]] as const)
    .filter(([, v]) => typeof v === 'string' && v)
    .map(([n, v]) => ` ${n}="${escapeAttr(String(v))}"`)
    .join('');
  return `<a${attrs}>`;
}
const closeTag = (mark: Mark) => (mark.type === 'link' ? '</a>' : `</${MARK_HTML[mark.type] ?? 'span'}>`);
const markKey = (m: Mark) => JSON.stringify([m.type, m.attrs?.href ?? null, m.attrs?.target ?? null, m.attrs?.rel ?? null]);

/** Inline TipTap nodes back to HTML, sharing open tags across neighbouring runs. */
export function inlineHtml(nodes: readonly TiptapNode[] = [], options: { newlines?: boolean } = {}): string {
  let html = '';
  let open: Mark[] = [];
  const closeFrom = (i: number) => {
    for (let j = open.length - 1; j >= i; j--) html += closeTag(open[j]);
    open = open.slice(0, i);
  };
  for (const node of nodes) {
    const marks = node.type === 'text' ? sortMarks((node.marks ?? []).filter((m) => MARK_ORDER.includes(m.type))) : [];
    let keep = 0;
    while (keep < open.length && keep < marks.length && markKey(open[keep]) === markKey(marks[keep])) keep++;
    closeFrom(keep);
    for (const m of marks.slice(keep)) {
      html += openTag(m);
      open.push(m);
    }
    if (node.type === 'text') html += escapeText(node.text ?? '');
    else if (node.type === 'hardBreak') html += options.newlines ? '<br />\n' : '<br>';
    else throw new Unrepresentable(`inline ${node.type}`);
  }
  closeFrom(0);
  return html;
}
