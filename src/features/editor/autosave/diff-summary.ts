import { diffWordsWithSpace } from 'diff';
import { plainText } from '@/components/rich-text/text-stats';
import { changedFields, type EditorSnapshot, type SnapshotField } from './snapshot';

export type DiffPart = { value: string; added?: boolean; removed?: boolean };
export type FieldDiff = { field: 'title' | 'sapo' | 'body'; parts: DiffPart[] };

/**
 * Word diffs of two very different sentences interleave word by word, which nobody can read. Runs of
 * changes separated only by spaces become one removal followed by one addition.
 */
export function coalesce(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push({ value: removed, removed: true });
    if (added) out.push({ value: added, added: true });
    removed = added = '';
  };
  parts.forEach((p, i) => {
    if (p.removed) removed += p.value;
    else if (p.added) added += p.value;
    else if ((removed || added) && !p.value.trim() && i < parts.length - 1) {
      removed += p.value;
      added += p.value;
    } else {
      flush();
      out.push({ value: p.value });
    }
  });
  flush();
  return out;
}

const TEXT_FIELDS = ['title', 'sapo', 'body'] as const;
const textOf = (s: EditorSnapshot, f: (typeof TEXT_FIELDS)[number]) => (f === 'body' ? plainText(s.body) : s[f]);

/**
 * What a local copy (or my version) would change in the server's copy: a word diff of the title,
 * the sapo and the body text, plus the names of any other fields that differ.
 */
export function summarizeDiff(from: EditorSnapshot, to: EditorSnapshot): { texts: FieldDiff[]; others: SnapshotField[] } {
  const changed = changedFields(to, from);
  const texts = TEXT_FIELDS.filter((f) => changed.includes(f))
    .map((field) => ({ field, parts: coalesce(diffWordsWithSpace(textOf(from, field), textOf(to, field))) }))
    .filter((d) => d.parts.some((p) => p.added || p.removed));
  const others = changed.filter((f) => !(TEXT_FIELDS as readonly string[]).includes(f));
  return { texts, others };
}
