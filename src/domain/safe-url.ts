/**
 * Which URLs may live in an article. Links: http, https, mailto, tel only. Images: http(s), our own
 * paths, and uploaded previews (blob:, raster data: URLs). Browsers ignore control characters and
 * whitespace inside a scheme (`java\tscript:`), so they are stripped before the scheme is read.
 */

// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/g;
const LINK_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:'];
const RASTER_DATA = /^data:image\/(png|jpe?g|gif|webp|avif);base64,[a-z0-9+/=\s]+$/i;

function scheme(url: string): string | null {
  const m = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(INVISIBLE, ''));
  return m ? `${m[1].toLowerCase()}:` : null;
}

export function isSafeHref(href: unknown): boolean {
  if (typeof href !== 'string' || !href.trim()) return false;
  const s = scheme(href);
  if (!s || !LINK_SCHEMES.includes(s)) return false;
  if ((s === 'http:' || s === 'https:') && !/^https?:\/\/[^/\s]+/i.test(href.trim())) return false;
  return true;
}

export function isSafeImageSrc(src: unknown): boolean {
  if (typeof src !== 'string' || !src.trim()) return false;
  const s = scheme(src);
  if (s === null) return src.trim().startsWith('/') && !src.trim().startsWith('//');
  if (s === 'http:' || s === 'https:' || s === 'blob:') return true;
  return s === 'data:' && RASTER_DATA.test(src.trim());
}

export type HrefCheck = { ok: true; href: string } | { ok: false; reason: 'empty' | 'unsafe' };

/**
 * What the link dialog does with what a person typed: `vnexpress.net/abc` becomes
 * `https://vnexpress.net/abc`, an e-mail address becomes `mailto:`; any other scheme is refused.
 */
export function normalizeHref(input: string): HrefCheck {
  const raw = input.trim();
  if (!raw) return { ok: false, reason: 'empty' };
  if (isSafeHref(raw)) return { ok: true, href: raw };
  if (scheme(raw) !== null) return { ok: false, reason: 'unsafe' };
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(raw)) return { ok: true, href: `mailto:${raw}` };
  if (/^\+?[\d\s().-]{6,}$/.test(raw)) return { ok: true, href: `tel:${raw.replace(/[\s().-]/g, '')}` };
  if (/^[^\s/]+\.[a-z]{2,}([/?#]|$)/i.test(raw)) return { ok: true, href: `https://${raw}` };
  return { ok: false, reason: 'unsafe' };
}

/**
 * For an `<img>` the app itself renders (the featured photo): an SVG there is drawn as a picture and
 * never runs script, so `data:image/svg+xml` (the demo's placeholder photos) is displayable too. Bodies
 * stay with the stricter `isSafeImageSrc`, since their HTML travels on to the portal.
 */
export function isDisplayableImageSrc(src: unknown): boolean {
  return isSafeImageSrc(src) || (typeof src === 'string' && /^data:image\/svg\+xml[;,]/i.test(src.trim()));
}
