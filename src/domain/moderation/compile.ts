import type { ModerationRule } from '../comment';
import { segment, type Unit } from './normalize';
import { readUnits, type Reading } from './reading';
import { TEENCODE_WORDS } from './teencode';

export type CompiledRule = {
  rule: ModerationRule;
  /** One reading per syllable of the term. */
  syllables: Reading[];
  /** The whole phrase run together (`vaytiennhanh`, `địtmẹ`). */
  joined: Reading | null;
  /**
   * The run-together key is short enough to read like an ordinary word (`duma`, `lode`): it only
   * counts written with its tones (`đụmá`), or without them where a syllable ends in p, t, c or ch
   * (`ditme`), which no word typed without marks does in Vietnamese.
   */
  joinedShort: boolean;
  joinedStop: boolean;
};

export type RuleEntry = { compiled: CompiledRule; kind: 'word' | 'phrase' | 'joined' };

/** Rules prepared once for many scans: an index from skeleton key to the rules it may start. */
export type CompiledRules = {
  readonly kind: 'compiled-moderation-rules';
  readonly rules: readonly CompiledRule[];
  readonly index: ReadonlyMap<string, readonly RuleEntry[]>;
  /** Skeleton classes single-word rules start with, and their longest key: bounds letter-by-letter spelling. */
  readonly wordStarts: ReadonlySet<string>;
  readonly longestWord: number;
};

/** Shorter run-together phrases read like ordinary words (`duma`): matched joined only as `joinedShort` says. */
const MIN_JOINED_KEY = 6;
/** Below this even a marked run-together phrase is too short to tell from a word. */
const MIN_SHORT_JOINED_KEY = 4;
/** Skeleton finals that need a sắc or nặng tone: p, t, c (and k), ch. */
const STOP_FINAL = /[ptcC]$/;

/** A term's syllables; a term spelled letter by letter (`đ.m`, `d m`) is one word. */
export function termSyllables(term: string): Unit[][] {
  const tokens = segment(term).tokens;
  if (tokens.length > 1 && tokens.every((t) => t.units.length === 1)) return [tokens.flatMap((t) => t.units)];
  return tokens.map((t) => t.units);
}

function readTerm(units: Unit[]): Reading {
  return readUnits(units)[0];
}

export function compileRules(rules: readonly ModerationRule[]): CompiledRules {
  const compiledRules: CompiledRule[] = [];
  const wordStarts = new Set<string>();
  let longestWord = 0;
  const index = new Map<string, RuleEntry[]>();
  const add = (key: string, entry: RuleEntry) => {
    const list = index.get(key);
    if (list) list.push(entry);
    else index.set(key, [entry]);
  };
  for (const rule of rules) {
    const syllables = termSyllables(rule.term);
    if (syllables.length === 0) continue;
    const readings = syllables.map(readTerm);
    const joinedReading = syllables.length > 1 ? readTerm(syllables.flat()) : null;
    const compiled: CompiledRule = {
      rule,
      syllables: readings,
      joined: joinedReading && joinedReading.key.length >= MIN_SHORT_JOINED_KEY ? joinedReading : null,
      joinedShort: joinedReading !== null && joinedReading.key.length < MIN_JOINED_KEY,
      joinedStop: readings.some((r) => r.tones !== '' && STOP_FINAL.test(r.key)),
    };
    compiledRules.push(compiled);
    if (readings.length === 1) {
      add(readings[0].key, { compiled, kind: 'word' });
      wordStarts.add(readings[0].key[0]);
      longestWord = Math.max(longestWord, readings[0].key.length);
    } else add(readings[0].key, { compiled, kind: 'phrase' });
    if (compiled.joined) add(compiled.joined.key, { compiled, kind: 'joined' });
  }
  return { kind: 'compiled-moderation-rules', rules: compiledRules, index, wordStarts, longestWord };
}

export function isCompiledRules(value: unknown): value is CompiledRules {
  return typeof value === 'object' && value !== null && (value as CompiledRules).kind === 'compiled-moderation-rules';
}

let teencodeReadings: Map<string, Reading[]> | null = null;

/** Readings of a whole-word teencode spelling (`m` → mày), or none. */
export function teencodeWord(literal: string): Reading[] {
  if (!teencodeReadings) {
    teencodeReadings = new Map(
      Object.entries(TEENCODE_WORDS).map(([code, words]) => [
        code,
        words.flatMap((w) => termSyllables(w).map(readTerm)),
      ]),
    );
  }
  return teencodeReadings.get(literal) ?? [];
}
