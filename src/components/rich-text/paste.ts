import DOMPurify from 'dompurify';
import { isSafeHref, isSafeImageSrc } from '@/domain';
import { defuseHtml } from './defuse-html';

/** What survives a paste: structure and emphasis. No styles, classes, ids, scripts or unknown attributes. */
const PASTE_CONFIG = {
  ALLOWED_TAGS: [
    'p', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'hr', 'ul', 'ol', 'li',
    'strong', 'b', 'em', 'i', 'u', 's', 'strike', 'del', 'a',
    'figure', 'figcaption', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
  ],
  ALLOWED_ATTR: ['href', 'src', 'alt', 'colspan', 'rowspan'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  KEEP_CONTENT: true,
};

const purifier = DOMPurify(window);
purifier.addHook('afterSanitizeAttributes', (node) => {
  const el = node as Element;
  if (el.tagName === 'A' && !isSafeHref(el.getAttribute('href'))) el.removeAttribute('href');
  if (el.tagName === 'IMG' && !isSafeImageSrc(el.getAttribute('src'))) el.remove();
});

function wrapChildren(el: Element, tag: string) {
  const wrapper = el.ownerDocument.createElement(tag);
  while (el.firstChild) wrapper.appendChild(el.firstChild);
  el.appendChild(wrapper);
}

function unwrap(el: Element) {
  el.replaceWith(...Array.from(el.childNodes));
}

function rename(el: Element, tag: string) {
  const next = el.ownerDocument.createElement(tag);
  while (el.firstChild) next.appendChild(el.firstChild);
  el.replaceWith(next);
}

/**
 * Google Docs and Word carry emphasis in inline styles, so styles are read into tags before they
 * are dropped; Google Docs also wraps a whole paste in `<b style="font-weight:normal">`, which must
 * not turn everything bold.
 */
function stylesToTags(root: Element) {
  for (const el of Array.from(root.querySelectorAll('[style]'))) {
    const style = (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
    if (el.tagName === 'B' && /font-weight:(normal|400)/.test(style)) {
      unwrap(el);
      continue;
    }
    if (/font-weight:(bold|[6-9]00)/.test(style) && el.tagName !== 'B' && el.tagName !== 'STRONG') wrapChildren(el, 'strong');
    if (/font-style:italic/.test(style) && el.tagName !== 'I' && el.tagName !== 'EM') wrapChildren(el, 'em');
    if (/text-decoration[a-z-]*:[^;]*underline/.test(style)) wrapChildren(el, 'u');
    if (/text-decoration[a-z-]*:[^;]*line-through/.test(style)) wrapChildren(el, 's');
  }
  // The title is the page's h1 and the editor offers H2–H4.
  for (const el of Array.from(root.querySelectorAll('h1'))) rename(el, 'h2');
  for (const el of Array.from(root.querySelectorAll('h5, h6'))) rename(el, 'h4');
}

function normalizeText(root: Node) {
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const v = n.nodeValue ?? '';
    const nfc = v.normalize('NFC');
    if (nfc !== v) n.nodeValue = nfc;
  }
}

/**
 * Cleans HTML pasted from Word, Google Docs or a web page before the editor parses it. Parsed once,
 * defused first (see defuse-html.ts); the sanitiser works on that tree, not on a re-serialised string
 * that a second parse could read differently.
 */
export function cleanPastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(defuseHtml(html), 'text/html');
  stylesToTags(doc.body);
  // A holder, not <body>: the sanitiser unwraps what it does not allow, and a root cannot be unwrapped.
  const holder = doc.createElement('div');
  holder.append(...Array.from(doc.body.childNodes));
  const clean = purifier.sanitize(holder, { ...PASTE_CONFIG, RETURN_DOM: true }) as HTMLElement;
  normalizeText(clean);
  return clean.innerHTML;
}

export const cleanPastedText = (text: string): string => text.normalize('NFC');
