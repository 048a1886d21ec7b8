/**
 * Vietnamese text: folding for search, slugs, collation.
 * Input may arrive as NFD (macOS, some IMEs) or with the old tone placement (`hoà` vs `hòa`):
 * both must fold, slug and compare the same.
 */

const COMBINING = /[\u0300-\u036f]/g;

/** Lower-case, no tone marks or vowel hats, `đ`→`d`. NFC first so NFD input folds identically. */
export function fold(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(COMBINING, '')
    .normalize('NFC');
}

/** `Quận 8: Tập trung tham mưu` → `quan-8-tap-trung-tham-muu`. */
export function slugify(text: string, maxLength = 120): string {
  const slug = fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > maxLength / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/g, '');
}

/** Vietnamese alphabetical order: a ă â b c d đ e ê … with tones as secondary differences. */
export const vietnameseCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
export const compareVietnamese = (a: string, b: string): number =>
  vietnameseCollator.compare(a.normalize('NFC'), b.normalize('NFC'));

/**
 * Old-style tone placement (`hoà`, `thuý`) moved to the modern one (`hòa`, `thúy`) so that exact
 * matching is not defeated by where a keyboard put the mark.
 */
export function normalizeTonePlacement(text: string): string {
  return text
    .normalize('NFD')
    .replace(/([oO])([\u0300\u0301\u0303\u0309\u0323])([aAeE])(?![\p{L}])/gu, '$1$3$2')
    .replace(/([uU])([\u0300\u0301\u0303\u0309\u0323])([yY])(?![\p{L}])/gu, '$1$3$2')
    .normalize('NFC');
}

/** Canonical form for exact (tone-aware) matching: NFC, lower case, modern tone placement. */
export function canonical(text: string): string {
  return normalizeTonePlacement(text.normalize('NFC').toLowerCase());
}

export type SearchScore = { matches: boolean; score: number };

/**
 * Diacritics-insensitive match of a query against fields, with a higher score when the query, as
 * typed with tone marks, appears exactly. `quan 8` finds `Quận 8`; `Quận 8` ranks `Quận 8` above `Quan 8`.
 */
export function scoreSearch(query: string, ...fields: string[]): SearchScore {
  const q = query.trim();
  if (!q) return { matches: true, score: 0 };
  const qFold = fold(q).split(/\s+/).filter(Boolean);
  const text = fields.join(' \n ');
  const textFold = fold(text);
  if (!qFold.every((w) => textFold.includes(w))) return { matches: false, score: 0 };
  let score = 1;
  const phraseFold = qFold.join(' ');
  if (textFold.includes(phraseFold)) score += 1;
  const hasMarks = q.normalize('NFC') !== fold(q) && q.toLowerCase() !== fold(q);
  if (hasMarks) {
    const qc = canonical(q);
    const tc = canonical(text);
    if (tc.includes(qc)) score += 4;
    else {
      const words = qc.split(/\s+/).filter(Boolean);
      score += (2 * words.filter((w) => tc.includes(w)).length) / Math.max(words.length, 1);
    }
  }
  if (fold(fields[0] ?? '').startsWith(phraseFold)) score += 0.5;
  return { matches: true, score };
}
