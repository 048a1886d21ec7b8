/**
 * First stage of comment scanning: cut the ORIGINAL text into word tokens made of "units" (one
 * visible character with its Vietnamese marks) while remembering where each unit sits in the
 * original string, so every later transformation can still point back at the exact span.
 *
 * What is seen through here: case, NFC/NFD and mixed input (marks are read off the decomposed
 * form), compatibility forms (fullwidth `ｄｍ`, math letters, circled letters), a few Cyrillic/Greek
 * look-alikes, and invisible characters (zero-width, soft hyphen, bidi controls, fillers), which
 * are dropped without splitting the word they hide in.
 */

/** Vowel hats: circumflex `â ê ô`, breve `ă`, horn `ơ ư`; `.` when none. */
export type VowelMark = '.' | '^' | '(' | '+';
/** 0 = level (ngang); then huyền, sắc, ngã, hỏi, nặng. */
export type Tone = 0 | 1 | 2 | 3 | 4 | 5;
export type UnitKind = 'letter' | 'digit' | 'symbol';

export type Unit = {
  /** Lower-case base character without marks (`đ` stays `đ`; digits and symbols as they are). */
  ch: string;
  kind: UnitKind;
  vm: VowelMark;
  tone: Tone;
  /** Written with a compatibility form or a look-alike from another script. */
  disguised: boolean;
  start: number;
  end: number;
};

export type Token = {
  units: Unit[];
  start: number;
  end: number;
  /** An invisible character sits between two of its units. */
  hidden: boolean;
};

/** What separates token `i` from token `i + 1`. */
export type Gap = { length: number; whitespace: boolean; punctuation: boolean; newline: boolean };

export type Segmented = { tokens: Token[]; gaps: Gap[] };

const VOWEL_MARKS: Record<string, VowelMark> = { '\u0302': '^', '\u0306': '(', '\u031b': '+' };
const TONE_MARKS: Record<string, Tone> = { '\u0300': 1, '\u0301': 2, '\u0303': 3, '\u0309': 4, '\u0323': 5 };

/** Look-alikes commonly swapped in to dodge filters; NFKD does not fold them. */
const HOMOGLYPHS: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', к: 'k', м: 'm',
  α: 'a', ο: 'o', ι: 'i', κ: 'k', ν: 'v', τ: 't', υ: 'u', ρ: 'p', ı: 'i',
};

/** Symbols read as letters when they sit inside a word (`c@c`, `đ!t`); elsewhere punctuation. */
export const LEET_SYMBOLS = new Set(['@', '$', '!', '|', '€', '+']);

/**
 * Characters that render as nothing: format controls (ZWSP U+200B–U+200D, U+2060, U+FEFF, soft
 * hyphen U+00AD, bidi controls…), other controls, and blank "letters" such as the Hangul fillers
 * and the braille blank, which would otherwise count as word characters.
 */
const INVISIBLE = /^[\p{Cf}\u115f\u1160\u3164\uffa0\u2800]$|^[\p{Cc}]$/u;
const LINE_BREAK = /^[\n\r\u2028\u2029\u0085]$/u;
export function isInvisible(ch: string): boolean {
  return INVISIBLE.test(ch) && !/^[\t\n\r\f\v\u0085]$/.test(ch);
}

const COMBINING = /^\p{M}$/u;
const LETTER = /^\p{L}$/u;
const DIGIT = /^\p{Nd}$/u;
const WHITESPACE = /^\s$/u;
/** Punctuation that ends a clause: joined with whitespace it marks a real boundary, not an evasion. */
const CLAUSE_PUNCTUATION = /^[.,;:!?…]$/u;

type Item =
  | { type: 'unit'; unit: Unit }
  | { type: 'sep'; ch: string }
  | { type: 'hidden' };

/** What one code point turns into, independent of where it sits; memoised per character. */
type Part = { unit: Omit<Unit, 'start' | 'end'> } | { sep: string };
type CharInfo = { kind: 'hidden' } | { kind: 'mark'; mark: string } | { kind: 'parts'; parts: Part[] };

function applyMark(unit: Pick<Unit, 'ch' | 'vm' | 'tone'>, mark: string): void {
  const vm = VOWEL_MARKS[mark];
  if (vm && unit.vm === '.' && /[aeiouy]/.test(unit.ch)) unit.vm = vm;
  const tone = TONE_MARKS[mark];
  if (tone && unit.tone === 0) unit.tone = tone;
}

function classify(ch: string): CharInfo {
  if (isInvisible(ch)) return { kind: 'hidden' };
  if (COMBINING.test(ch)) return { kind: 'mark', mark: ch.normalize('NFKD') };
  const decomposed = ch.normalize('NFKD');
  const disguisedForm = decomposed !== ch.normalize('NFD');
  const parts: Part[] = [];
  let last: Part | null = null;
  for (const part of decomposed) {
    if (COMBINING.test(part)) {
      if (last && 'unit' in last) applyMark(last.unit, part);
      continue;
    }
    const lower = part.toLowerCase();
    const mapped = HOMOGLYPHS[lower];
    const base = mapped ?? lower;
    let kind: UnitKind | null = null;
    if (LETTER.test(base)) kind = 'letter';
    else if (DIGIT.test(base)) kind = 'digit';
    else if (LEET_SYMBOLS.has(base)) kind = 'symbol';
    last = kind ? { unit: { ch: base, kind, vm: '.', tone: 0, disguised: disguisedForm || mapped !== undefined } } : { sep: part };
    parts.push(last);
  }
  return { kind: 'parts', parts };
}

const HIDDEN: Item = { type: 'hidden' };
const memo = new Map<string, CharInfo>();
const MEMO_LIMIT = 8192;
function info(ch: string): CharInfo {
  let found = memo.get(ch);
  if (!found) {
    found = classify(ch);
    if (memo.size < MEMO_LIMIT) memo.set(ch, found);
  }
  return found;
}

function scan(text: string): Item[] {
  const items: Item[] = [];
  let i = 0;
  for (const ch of text) {
    const start = i;
    i += ch.length;
    const char = info(ch);
    if (char.kind === 'hidden') items.push(HIDDEN);
    else if (char.kind === 'mark') {
      // A separate mark (NFD input) belongs to the unit right before it.
      const prev = items[items.length - 1];
      if (prev?.type === 'unit') {
        applyMark(prev.unit, char.mark);
        prev.unit.end = i;
      } else items.push(HIDDEN);
    } else {
      for (const part of char.parts) {
        if ('sep' in part) {
          items.push({ type: 'sep', ch: part.sep });
          continue;
        }
        // Spelled out: spreading the memoised template is an order of magnitude slower in V8.
        const { ch: base, kind, vm, tone, disguised } = part.unit;
        items.push({ type: 'unit', unit: { ch: base, kind, vm, tone, disguised, start, end: i } });
      }
    }
  }
  return items;
}

const isWordUnit = (item: Item | undefined) => item?.type === 'unit' && item.unit.kind !== 'symbol';

/** The nearest item on one side that is not invisible. */
function neighbour(items: Item[], from: number, step: 1 | -1): Item | undefined {
  for (let j = from + step; j >= 0 && j < items.length; j += step) {
    if (items[j].type !== 'hidden') return items[j];
  }
  return undefined;
}

/** Tokens and the gaps between them; leet symbols count as letters only inside a word. */
export function segment(text: string): Segmented {
  const items = scan(text);
  const tokens: Token[] = [];
  const gaps: Gap[] = [];
  let current: Token | null = null;
  let gap: Gap = { length: 0, whitespace: false, punctuation: false, newline: false };
  let pendingHidden = false;
  items.forEach((item, index) => {
    if (item.type === 'hidden') {
      pendingHidden = true;
      return;
    }
    let unit: Unit | null = item.type === 'unit' ? item.unit : null;
    if (unit?.kind === 'symbol' && !(isWordUnit(neighbour(items, index, -1)) && isWordUnit(neighbour(items, index, 1)))) {
      unit = null;
    }
    if (unit) {
      if (current) {
        if (pendingHidden) current.hidden = true;
        current.units.push(unit);
        current.end = unit.end;
      } else {
        if (tokens.length > 0) gaps.push(gap);
        current = { units: [unit], start: unit.start, end: unit.end, hidden: false };
        tokens.push(current);
      }
    } else {
      const ch = item.type === 'sep' ? item.ch : item.unit.ch;
      if (current) {
        current = null;
        gap = { length: 0, whitespace: false, punctuation: false, newline: false };
      }
      gap.length += 1;
      if (WHITESPACE.test(ch)) gap.whitespace = true;
      if (LINE_BREAK.test(ch)) gap.newline = true;
      if (CLAUSE_PUNCTUATION.test(ch)) gap.punctuation = true;
    }
    pendingHidden = false;
  });
  return { tokens, gaps };
}

/**
 * Whether two pieces around a gap may be read as one word or one phrase: `đ.m`, `d m`, `đụ   má`
 * yes; across a line break, a long run, or a clause break such as `tiền. Nhanh` no.
 */
export function isJoinable(gap: Gap): boolean {
  return !gap.newline && gap.length <= 6 && !(gap.whitespace && gap.punctuation);
}
