import type { TiptapNode } from '@/domain';

export type TextStats = { words: number; characters: number; readingMinutes: number };

/** A comfortable reading pace for Vietnamese news prose (syllable-words per minute). */
export const WORDS_PER_MINUTE = 200;

/** A whitespace-separated run holding a letter or a digit. */
const WORD = /\S*[\p{L}\p{N}]\S*/gu;
const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/**
 * Words are whitespace-separated runs holding a letter or a digit; characters (code points, after
 * NFC) count spaces too. Written without per-token arrays: it runs over whole 20,000-word articles.
 */
export function textStats(text: string): TextStats {
  const words = text.match(WORD)?.length ?? 0;
  const flat = text.replace(/\n/g, '').normalize('NFC');
  const characters = flat.length - (flat.match(SURROGATE_PAIR)?.length ?? 0);
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
