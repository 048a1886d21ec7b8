/** Text helpers for what WordPress renders: titles and excerpts come as HTML with entities. */

export function decodeEntities(html: string): string {
  if (!/[&<]/.test(html)) return html;
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  return doc.body.textContent ?? '';
}

/** Rendered HTML (an excerpt, a comment) as plain text, paragraphs on their own lines. */
export function htmlToText(html: string): string {
  const withBreaks = html.replace(/<br\s*\/?>/gi, '\n').replace(/<\/p>\s*<p[^>]*>/gi, '\n\n');
  return decodeEntities(withBreaks).trim();
}

export function countWords(html: string): number {
  const text = htmlToText(html.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<[^>]+>/g, ' '));
  return text ? text.split(/\s+/).filter(Boolean).length : 0;
}

/** FNV-1a: groups a commenter's comments by address without showing the address. */
export function hashIp(ip: string | undefined): string {
  if (!ip) return '';
  let h = 0x811c9dc5;
  for (let i = 0; i < ip.length; i++) {
    h ^= ip.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** `2026-11-26T09:21:07` (UTC, no zone) → ISO instant. */
export const gmtToIso = (value: string | null | undefined): string | null =>
  value && !value.startsWith('0000') ? new Date(`${value.replace(' ', 'T')}Z`).toISOString() : null;

/** ISO instant → what WordPress wants in a `date_gmt` field. */
export const isoToGmt = (iso: string): string => new Date(iso).toISOString().slice(0, 19);
