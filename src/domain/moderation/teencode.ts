/**
 * The spelling equivalences the matcher applies to BOTH the rules and the comments, so a rule is
 * written once in standard Vietnamese and still meets its leetspeak and teencode spellings.
 *
 * Leetspeak (only inside words that already have two real letters, so `2024`, `V1`, `F0` or
 * `500ml` stay what they are): 0→o, 1→i|l, 3→e, 4→a, 5→s, 7→t, 8→b, 9→g, @→a, $→s, !→i, |→l|i,
 * €→e, +→t.
 *
 * Teencode consonant classes (a "skeleton"; vowels keep their hats and the syllable its tone):
 * - `ph`, `f`            → F   (phò / fò)
 * - `qu`, `w`            → W   (quá / wá)
 * - `ch`, `ck`           → C   (thích / thíck)
 * - `kh`                 → K   (kept apart from `k`, or `khốn` would meet `chốn`)
 * - `c`, `k`, `q`        → c   (cặc / kặc / cặk)
 * - `ng`, `ngh`          → N;  `nh` → H;  `gh` → g
 * - `d`, `đ`, `gi`, `z`, `j`, `dz` → Z (dì / gì / zì; whether it was `đ` is kept on the side,
 *   because `đụ` and `dụ` are different words)
 * - `j` between two consonants is the vowel `i` (`djt`, `đjt`): no Vietnamese consonant
 *   cluster holds a `j`, so there it can only be standing in for the `i` it looks like.
 *
 * Whole-word teencode (`m` = mày, `vk` = vợ, `ck` = chồng, `ko` = không…) is read as the word it
 * stands for, so `con mẹ m` meets a rule `con mẹ mày`, and `ck` (chồng) never meets `cặc`.
 */

export const LEET: Record<string, readonly string[]> = {
  '0': ['o'], '1': ['i', 'l'], '3': ['e'], '4': ['a'], '5': ['s'], '7': ['t'], '8': ['b'], '9': ['g'],
  '@': ['a'], $: ['s'], '!': ['i'], '|': ['l', 'i'], '€': ['e'], '+': ['t'],
};

export const TEENCODE_WORDS: Record<string, readonly string[]> = {
  m: ['mày'], mk: ['mình'], e: ['em'], a: ['anh'], b: ['bạn'],
  vk: ['vợ'], ck: ['chồng'],
  k: ['không'], ko: ['không'], kh: ['không'], kg: ['không'], hok: ['không'], khum: ['không'],
  j: ['gì'], z: ['vậy'], dz: ['vậy'], dc: ['được'], đc: ['được'], bt: ['biết'], vs: ['với'],
  ns: ['nói'], lm: ['làm'], cx: ['cũng'], ms: ['mới'], ng: ['người'],
};

export type Letter = { ch: string; vm: string; tone: number };
/** One skeleton position: its class, the vowel hat it carries, whether it was written `đ`. */
export type SkeletonLetter = { ch: string; vm: string; stroke: boolean };

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/** Consonant digraphs by first letter, longest first. */
const DIGRAPHS: Record<string, readonly [string, string][]> = {
  n: [['ngh', 'N'], ['ng', 'N'], ['nh', 'H']],
  p: [['ph', 'F']],
  q: [['qu', 'W']],
  c: [['ck', 'C'], ['ch', 'C']],
  k: [['kh', 'K']],
  g: [['gh', 'g']],
  d: [['dz', 'Z']],
};
const SINGLES: Record<string, string> = { f: 'F', w: 'W', c: 'c', k: 'c', q: 'c', d: 'Z', đ: 'Z', z: 'Z', j: 'Z' };

const isConsonant = (letter: Letter | undefined) => letter !== undefined && /^\p{L}$/u.test(letter.ch) && !VOWELS.has(letter.ch);

function startsWith(letters: readonly Letter[], at: number, pattern: string): boolean {
  for (let k = 1; k < pattern.length; k++) if (letters[at + k]?.ch !== pattern[k]) return false;
  return true;
}

/** Walks a spelled word's teencode skeleton (see the table above), one position at a time. */
export function forEachSkeletonLetter(
  letters: readonly Letter[],
  emit: (ch: string, vm: string, stroke: boolean) => void,
): void {
  let i = 0;
  while (i < letters.length) {
    const here = letters[i];
    // `gi` before a vowel is the consonant (gia, giữ); before a consonant or at the end it is g + i (gì, gìn).
    if (here.ch === 'g' && letters[i + 1]?.ch === 'i') {
      emit('Z', '.', false);
      i += VOWELS.has(letters[i + 2]?.ch ?? '') ? 2 : 1;
      continue;
    }
    if (here.ch === 'j' && isConsonant(letters[i - 1]) && isConsonant(letters[i + 1])) {
      emit('i', here.vm, false);
      i += 1;
      continue;
    }
    const digraph = DIGRAPHS[here.ch]?.find(([pattern]) => startsWith(letters, i, pattern));
    if (digraph) {
      emit(digraph[1], '.', false);
      i += digraph[0].length;
      continue;
    }
    emit(SINGLES[here.ch] ?? here.ch, here.vm, here.ch === 'đ');
    i += 1;
  }
}

/** Skeleton classes a word whose first character is `ch` may start with (`n` → n, N, H; `1` → i, l). */
export function skeletonStarts(ch: string): string[] {
  const starts = new Set<string>();
  for (const letter of [ch, ...(LEET[ch] ?? [])]) {
    starts.add(SINGLES[letter] ?? letter);
    for (const [, placeholder] of DIGRAPHS[letter] ?? []) starts.add(placeholder);
    if (letter === 'g') starts.add('Z');
  }
  return [...starts];
}

export function skeleton(letters: readonly Letter[]): SkeletonLetter[] {
  const out: SkeletonLetter[] = [];
  forEachSkeletonLetter(letters, (ch, vm, stroke) => out.push({ ch, vm, stroke }));
  return out;
}
