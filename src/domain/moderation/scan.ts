import type { commentFlagSchema, ModerationRule } from '../comment';
import type { z } from 'zod';
import { compareReading, levelRank, type Level } from './compare';
import { compileRules, isCompiledRules, teencodeWord, type CompiledRules, type RuleEntry } from './compile';
import { chains } from './chains';
import { isJoinable, segment, type Token } from './normalize';
import { readUnits, type Reading } from './reading';

/** A rule found in a comment; `start`/`end` are UTF-16 offsets in the original text, end exclusive. */
export type ScanMatch = z.infer<typeof commentFlagSchema>;
export type Verdict = 'block' | 'suspect' | 'clean';

/**
 * Below this share of words carrying any Vietnamese mark, the comment was typed without a
 * Vietnamese keyboard (`dit me may`); ordinary text carries marks on most of its words.
 */
const MARKED_SHARE_OF_TYPED_TEXT = 0.2;
/** Without a Vietnamese keyboard, a two-letter word (`di`, `du`) is too common to suspect on its own. */
const MIN_TONELESS_WORD = 3;

function typedWithoutMarks(tokens: Token[]): boolean {
  let words = 0;
  let marked = 0;
  for (const token of tokens) {
    if (!token.units.some((u) => u.kind === 'letter')) continue;
    words += 1;
    if (token.units.some((u) => u.vm !== '.' || u.tone !== 0 || u.ch === 'đ')) marked += 1;
  }
  return words > 0 && marked / words < MARKED_SHARE_OF_TYPED_TEXT;
}

/**
 * A word with no mark at all that no Vietnamese word is without marks: a final p, t, c or ch takes
 * a sắc or nặng tone (`dit`, `cac`), and `uo`, `ie`, `ye` take a hat (`buoi`, `tien`). Written so
 * inside an accented comment, it was typed bare on purpose; a bare `lon` or `me` may be the
 * ordinary level-tone word and proves nothing.
 */
function typedBare(token: Token): boolean {
  if (token.units.some((u) => u.kind !== 'letter' || u.vm !== '.' || u.tone !== 0)) return false;
  // `j` between consonants stands for `i` (see teencode).
  const word = token.units.map((u) => u.ch).join('').replace(/(?<=[^aeiouy])j(?=[^aeiouy])/g, 'i');
  return /[aeiouy](?:p|t|c|ch|ck|k)$/.test(word) || /uo|ie|ye/.test(word);
}

const rankSeverity = { suspect: 1, block: 2 } as const;

function mergeMatches(found: ScanMatch[]): ScanMatch[] {
  const byRule = new Map<string, ScanMatch[]>();
  for (const m of found) {
    const list = byRule.get(m.ruleId);
    if (list) list.push(m);
    else byRule.set(m.ruleId, [m]);
  }
  const merged: ScanMatch[] = [];
  for (const list of byRule.values()) {
    list.sort((a, b) => a.start - b.start || b.end - a.end);
    let current = { ...list[0] };
    for (const m of list.slice(1)) {
      if (m.start < current.end) {
        current.end = Math.max(current.end, m.end);
        if (rankSeverity[m.severity] > rankSeverity[current.severity]) current.severity = m.severity;
      } else {
        merged.push(current);
        current = { ...m };
      }
    }
    merged.push(current);
  }
  return merged.sort((a, b) => a.start - b.start || b.end - a.end || a.ruleId.localeCompare(b.ruleId));
}

/** Every rule found in `text`, sorted by start; overlapping finds of one rule are merged. */
export function scanComment(text: string, rules: readonly ModerationRule[] | CompiledRules): ScanMatch[] {
  const compiled = isCompiledRules(rules) ? rules : compileRules(rules);
  if (!text || compiled.index.size === 0) return [];
  const { tokens, gaps } = segment(text);
  const withoutMarks = typedWithoutMarks(tokens);
  const cache: (Reading[] | undefined)[] = [];
  const readingsOf = (i: number): Reading[] => {
    const cached = cache[i];
    if (cached) return cached;
    const token = tokens[i];
    const readings = readUnits(token.units, { leet: true, evasive: token.hidden });
    if (token.units.every((u) => u.vm === '.' && u.tone === 0)) {
      readings.push(...teencodeWord(token.units.map((u) => u.ch).join('')));
    }
    cache[i] = readings;
    return readings;
  };

  const bareCache: (boolean | undefined)[] = [];
  const bare = (i: number): boolean => (bareCache[i] ??= typedBare(tokens[i]));

  /** Whether a looser level counts here; see `compareReading` for the levels. `at`: the token read, if one. */
  const allowed = (level: Level, evasive: boolean, phrase: boolean, rule: Reading, at: number | null = null): boolean => {
    if (level === 'exact') return true;
    if (level === 'near') return phrase || evasive;
    return evasive || (at !== null && bare(at)) || (withoutMarks && (phrase || rule.key.length >= MIN_TONELESS_WORD));
  };
  const found: ScanMatch[] = [];
  const report = (rule: ModerationRule, levels: Level[], start: number, end: number) => {
    const severity = levels.every((l) => l === 'exact') ? rule.severity : 'suspect';
    found.push({ ruleId: rule.id, term: rule.term, severity, start, end });
  };

  /** The closest level among `readings`; `loose`: a toneless one counts whatever the policy says. */
  const bestLevel = (readings: Reading[], rule: Reading, loose: boolean): Level | null => {
    let best: Level | null = null;
    for (const r of readings) {
      const level = compareReading(r, rule);
      if (level && (loose || allowed(level, r.evasive, true, rule)) && (!best || levelRank[level] > levelRank[best])) best = level;
    }
    return best;
  };

  /**
   * A phrase from token `at`. A toneless syllable counts where the policy allows it, or where
   * another syllable of the phrase was typed bare (`dit me nó`: `dit` shows `me` lost its mark too).
   */
  const matchPhrase = (entry: RuleEntry, first: Level, firstAllowed: boolean, at: number) => {
    const { syllables, rule } = entry.compiled;
    if (at + syllables.length > tokens.length) return;
    const levels = [first];
    let loose = !firstAllowed;
    for (let j = 1; j < syllables.length; j++) {
      if (!isJoinable(gaps[at + j - 1])) return;
      const readings = readingsOf(at + j);
      let level = bestLevel(readings, syllables[j], false);
      if (!level) {
        level = bestLevel(readings, syllables[j], true);
        if (level !== 'toneless') return;
        loose = true;
      }
      levels.push(level);
    }
    if (loose && !syllables.some((_, j) => bare(at + j))) return;
    report(rule, levels, tokens[at].start, tokens[at + syllables.length - 1].end);
  };

  /** A short run-together phrase (see `joinedShort`) counts with its tones, or bare across a stop final. */
  const shortJoinedAllowed = (level: Level, reading: Reading, compiledRule: RuleEntry['compiled']): boolean =>
    level === 'toneless' ? compiledRule.joinedStop : reading.tones !== '';

  const matchWord = (reading: Reading, start: number, end: number, at: number | null) => {
    for (const entry of compiled.index.get(reading.key) ?? []) {
      const { syllables, joined, rule } = entry.compiled;
      const target = entry.kind === 'joined' ? joined : syllables[0];
      if (!target) continue;
      const level = compareReading(reading, target);
      if (!level) continue;
      if (entry.kind === 'phrase') {
        if (at !== null) matchPhrase(entry, level, allowed(level, reading.evasive, true, target, at), at);
      } else if (entry.kind === 'joined' && entry.compiled.joinedShort && !shortJoinedAllowed(level, reading, entry.compiled)) {
        continue;
      } else if (allowed(level, reading.evasive || entry.kind === 'joined', false, target, at)) {
        report(rule, [level], start, end);
      }
    }
  };

  tokens.forEach((token, i) => {
    for (const reading of readingsOf(i)) matchWord(reading, token.start, token.end, i);
  });
  for (const [from, to] of chains(tokens, gaps, compiled)) {
    const units = tokens.slice(from, to + 1).flatMap((t) => t.units);
    for (const reading of readUnits(units, { leet: true, evasive: true })) {
      matchWord(reading, tokens[from].start, tokens[to].end, null);
    }
  }
  return mergeMatches(found);
}

/** The strongest outcome among the matches. */
export function verdict(matches: readonly Pick<ScanMatch, 'severity'>[]): Verdict {
  if (matches.some((m) => m.severity === 'block')) return 'block';
  return matches.length > 0 ? 'suspect' : 'clean';
}
