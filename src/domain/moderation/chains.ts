import type { CompiledRules } from './compile';
import { isJoinable, type Gap, type Token } from './normalize';
import { skeletonStarts } from './teencode';

/** A token that is one character, possibly held down (`d`, `mmm`). */
const isSingle = (token: Token) => token.units.every((u) => u.ch === token.units[0].ch);

/** Maximal runs [from, to] of at least two tokens where every token passes `member` and every link holds. */
function runs(count: number, member: (i: number) => boolean, link: (i: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  let from = -1;
  for (let i = 0; i <= count; i++) {
    if (i < count && from !== -1 && member(i) && link(i)) continue;
    if (from !== -1 && i - 1 > from) out.push([from, i - 1]);
    from = i < count && member(i) ? i : -1;
  }
  return out;
}

/**
 * Tokens that together spell one word: single characters across separators or spaces (`đ.m`,
 * `ừ d m`, `c.ặ.c`; any stretch of them, as a spelled word may follow a one-letter word), or
 * whole runs of pieces glued by punctuation without spaces (`l.ồn`). Whole words separated by
 * spaces never join, so `đi mà` is not `dm`. Spelled stretches are only tried where a word rule
 * could start and at most as long as one (plus two letters held down).
 */
export function chains(tokens: Token[], gaps: Gap[], rules: CompiledRules): [number, number][] {
  const out: [number, number][] = [];
  const seen = new Set<string>();
  const longest = rules.longestWord + 2;
  const canStart = (token: Token) => skeletonStarts(token.units[0].ch).some((c) => rules.wordStarts.has(c));
  for (const [from, to] of runs(tokens.length, (i) => isSingle(tokens[i]), (i) => isJoinable(gaps[i - 1]))) {
    for (let a = from; a < to; a++) {
      if (!canStart(tokens[a])) continue;
      for (let b = a + 1; b <= Math.min(to, a + longest - 1); b++) {
        out.push([a, b]);
        seen.add(`${a}-${b}`);
      }
    }
  }
  for (const [from, to] of runs(tokens.length, () => true, (i) => isJoinable(gaps[i - 1]) && !gaps[i - 1].whitespace)) {
    if (!seen.has(`${from}-${to}`)) out.push([from, to]);
  }
  return out;
}
