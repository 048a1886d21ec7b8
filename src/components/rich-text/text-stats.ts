import type { TiptapNode } from '@/domain';

export type TextStats = { words: number; characters: number; readingMinutes: number };

/** A comfortable reading pace for Vietnamese news prose (syllable-words per minute). */
export const WORDS_PER_MINUTE = 200;

const WORD = /[\p{L}\p{N}]/u;

/** Words are whitespace-separated runs holding a letter or a digit; characters count spaces too. */
export function textStats(text: string): TextStats {
  let words = 0;
  for (const token of text.split(/\s+/)) if (WORD.test(token)) words++;
  const characters = [...text.replace(/\n/g, '').normalize('NFC')].length;
  return { words, characters, readingMinutes: words ? Math.ceil(words / WORDS_PER_MINUTE) : 0 };
}

/** Plain text of a stored body, one line per block; what counts, diffs and search work on. */
export function plainText(node: TiptapNode | undefined | null): string {
  if (!node) return '';
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  const inner = (node.content ?? []).map(plainText);
  const isBlockContainer = (node.content ?? []).some((c) => c.type !== 'text' && c.type !== 'hardBreak');
  return inner.join(isBlockContainer ? '\n' : '');
}
