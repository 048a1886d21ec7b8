import type { Unit } from './normalize';
import { forEachSkeletonLetter, LEET, type Letter } from './teencode';

/**
 * A word reduced to what matching compares: its teencode skeleton with repeats collapsed, and on
 * the side what must agree for an exact match (vowel hats, `đ`, tones). Tones are kept as a
 * sequence per word rather than per letter, so the old and new tone placements (`hoà`/`hòa`,
 * `thuỷ`/`thủy`) read the same.
 */
export type Reading = {
  /** Skeleton classes with repeated letters collapsed: `đmmm` → `Zm`, `loooz` → `loZ`. */
  key: string;
  /** How many times each skeleton position was written (`cmm` needs two `m`, `cm` is centimetres). */
  counts: number[];
  /** Vowel hat per position (`.` for none). */
  vm: string;
  /** `1` where the position was written `đ`. */
  stroke: string;
  /** Tone marks in order of appearance (digits 1–5). */
  tones: string;
  /** Written in a way ordinary text is not: separators, invisible characters, leetspeak, look-alikes, letters held down. */
  evasive: boolean;
};

/** Leet variants of one word beyond the literal reading; past this, digits keep their first meaning. */
const MAX_VARIANTS = 8;

type Variant = { letters: readonly Letter[]; leet: boolean };

/** The literal spelling first, then each way of reading its digits and symbols as letters. */
function leetVariants(units: Unit[]): Variant[] {
  let variants: Letter[][] = [[]];
  for (const unit of units) {
    const meanings = unit.kind === 'letter' ? undefined : LEET[unit.ch];
    if (!meanings) {
      for (const v of variants) v.push(unit);
      continue;
    }
    const next: Letter[][] = [];
    for (const v of variants) {
      meanings.forEach((ch, k) => {
        if (k === 0 || next.length < MAX_VARIANTS) next.push([...v, { ch, vm: '.', tone: 0 }]);
      });
    }
    variants = next;
  }
  return [{ letters: units, leet: false }, ...variants.map((letters) => ({ letters, leet: true }))];
}

function build(letters: readonly Letter[], evasive: boolean): Reading {
  let tones = '';
  for (const l of letters) if (l.tone > 0) tones += l.tone;
  let key = '';
  let vm = '';
  let stroke = '';
  const counts: number[] = [];
  forEachSkeletonLetter(letters, (ch, hat, isStroke) => {
    const last = key.length - 1;
    if (last >= 0 && key[last] === ch) {
      counts[last] += 1;
      if (vm[last] === '.' && hat !== '.') vm = vm.slice(0, last) + hat;
      if (isStroke) stroke = stroke.slice(0, last) + '1';
      return;
    }
    key += ch;
    vm += hat;
    stroke += isStroke ? '1' : '0';
    counts.push(1);
  });
  return { key, counts, vm, stroke, tones, evasive };
}

export type ReadOptions = {
  /** Read digits and symbols as letters (comments yes, rules no). */
  leet?: boolean;
  /** The caller already knows the word was written evasively (joined across separators, hidden characters). */
  evasive?: boolean;
};

/** Every plausible reading of a word; leet needs two real letters so numbers and codes stay numbers. */
export function readUnits(units: Unit[], options: ReadOptions = {}): Reading[] {
  let letters = 0;
  let others = 0;
  let evasive = options.evasive === true;
  let run = 1;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.kind === 'letter') letters += 1;
    else others += 1;
    if (u.disguised) evasive = true;
    run = i > 0 && u.ch === units[i - 1].ch ? run + 1 : 1;
    if (run >= 3) evasive = true;
  }
  if (options.leet !== true || others === 0 || letters < 2) return [build(units, evasive)];
  const seen = new Set<string>();
  const readings: Reading[] = [];
  for (const variant of leetVariants(units)) {
    const reading = build(variant.letters, evasive || variant.leet);
    const id = `${reading.key}|${reading.vm}|${reading.stroke}|${reading.tones}|${reading.counts.join(',')}`;
    if (seen.has(id)) continue;
    seen.add(id);
    readings.push(reading);
  }
  return readings;
}
