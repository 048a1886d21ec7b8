import { type ModerationRule } from '@/domain';
import { compileRules, scanComment, type CompiledRules } from '@/domain/moderation';
import type { StoredComment } from './db';

type Flags = StoredComment['flags'];

/**
 * Scans are memoised per rule set and text: seeded bodies repeat a lot and every test reseeds, so
 * each distinct text is scanned once per rule set.
 */
const scanners = new Map<string, { compiled: CompiledRules; byText: Map<string, Flags> }>();

function scannerFor(rules: ModerationRule[]) {
  const key = JSON.stringify(rules);
  let scanner = scanners.get(key);
  if (!scanner) {
    if (scanners.size >= 4) scanners.delete(scanners.keys().next().value!);
    scanner = { compiled: compileRules(rules), byText: new Map() };
    scanners.set(key, scanner);
  }
  return scanner;
}

/** Why a comment is flagged: the domain's Vietnamese-aware matcher, offsets in the original text. */
export function flagComment(text: string, rules: ModerationRule[]): Flags {
  return scan(scannerFor(rules), text);
}

/** Rescans many comments (after the rules change, at seed time). */
export function flagComments(comments: StoredComment[], rules: ModerationRule[]): void {
  const scanner = scannerFor(rules);
  for (const c of comments) c.flags = scan(scanner, c.body);
}

function scan({ compiled, byText }: ReturnType<typeof scannerFor>, text: string): Flags {
  let flags = byText.get(text);
  if (!flags) byText.set(text, (flags = scanComment(text, compiled)));
  return flags.map((f) => ({ ...f }));
}

export const isBlocked = (flags: Flags) => flags.some((f) => f.severity === 'block');
