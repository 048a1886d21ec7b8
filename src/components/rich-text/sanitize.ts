import DOMPurify from 'dompurify';
import { isSafeHref, isSafeImageSrc } from '@/domain';
import { LINK_REL } from './extensions';

const BLOCK_TAGS = ['p', 'br', 'h2', 'h3', 'h4', 'blockquote', 'hr', 'ul', 'ol', 'li'];
const INLINE_TAGS = ['strong', 'b', 'em', 'i', 'u', 's', 'a'];
const MEDIA_TAGS = ['figure', 'figcaption', 'img'];
const TABLE_TAGS = ['table', 'colgroup', 'col', 'thead', 'tbody', 'tr', 'th', 'td'];

/** Published HTML: only what the editor can produce, nothing a script or a style can hide in. */
const ARTICLE_CONFIG = {
  ALLOWED_TAGS: [...BLOCK_TAGS, ...INLINE_TAGS, ...MEDIA_TAGS, ...TABLE_TAGS],
  ALLOWED_ATTR: ['href', 'target', 'rel', 'src', 'alt', 'loading', 'colspan', 'rowspan', 'start', 'class'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
};

// A private instance: its hooks must not leak into any other use of DOMPurify in the app.
const purifier = DOMPurify(window);
purifier.addHook('afterSanitizeAttributes', (node) => {
  const el = node as Element;
  if (el.tagName === 'A') {
    const href = el.getAttribute('href');
    if (!isSafeHref(href)) el.removeAttribute('href');
    el.setAttribute('rel', LINK_REL);
    if (href && /^https?:/i.test(href.trim())) el.setAttribute('target', '_blank');
    else el.removeAttribute('target');
  }
  if (el.tagName === 'IMG' && !isSafeImageSrc(el.getAttribute('src'))) el.remove();
  const cls = el.getAttribute('class');
  if (cls !== null && cls !== 'article-figure') el.removeAttribute('class');
});

export function sanitizeArticleHtml(html: string): string {
  return purifier.sanitize(html, ARTICLE_CONFIG) as string;
}
