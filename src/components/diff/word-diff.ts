import { diffWordsWithSpace } from 'diff';
import { plainText } from '@/components/rich-text/text-stats';
import type { TiptapDoc } from '@/domain';

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

/**
 * Word by word, whitespace included, so a changed line break shows too. A run of changed words
 * separated only by spaces reads as one removal then one addition (`chương trình` → `kế hoạch`),
 * not as alternating single words.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const raw: DiffPart[] = diffWordsWithSpace(before.normalize('NFC'), after.normalize('NFC')).map((c) => ({
    kind: c.added ? 'added' : c.removed ? 'removed' : 'same',
    text: c.value,
  }));
  return coalesce(raw);
}

function coalesce(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let removed = '';
  let added = '';
  let gap = '';
  const flush = () => {
    if (removed) out.push({ kind: 'removed', text: removed });
    if (added) out.push({ kind: 'added', text: added });
    if (gap) out.push({ kind: 'same', text: gap });
    removed = added = gap = '';
  };
  for (const p of parts) {
    const inRun = removed !== '' || added !== '';
    if (p.kind === 'same' && inRun && /^[^\S\n]+$/.test(p.text)) {
      gap += p.text;
    } else if (p.kind === 'same') {
      flush();
      out.push(p);
    } else {
      // A gap between two changes belongs to both sides of the run.
      if (gap) {
        removed += removed ? gap : '';
        added += added ? gap : '';
        gap = '';
      }
      if (p.kind === 'removed') removed += p.text;
      else added += p.text;
    }
  }
  flush();
  return out;
}

export const hasChanges = (parts: readonly DiffPart[]) => parts.some((p) => p.kind !== 'same');

/** The body as reviewers compare it: plain text, one blank line between blocks (paragraphs, headings, items). */
export function bodyText(body: TiptapDoc | null | undefined): string {
  return plainText(body)
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n\n');
}

export type DiffableText = { title: string; sapo: string; body: TiptapDoc };
export type ArticleDiffParts = { title: DiffPart[]; sapo: DiffPart[]; body: DiffPart[] };

export function diffArticle(before: DiffableText, after: DiffableText): ArticleDiffParts {
  return {
    title: diffWords(before.title, after.title),
    sapo: diffWords(before.sapo, after.sapo),
    body: diffWords(bodyText(before.body), bodyText(after.body)),
  };
}
