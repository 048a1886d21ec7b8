import type { Reading } from './reading';

/**
 * How closely a word of the comment meets one syllable of a rule, given the same skeleton:
 * - `exact`: same hats, same `đ`, same tones, so the same syllable (`buồi` meets only `buồi`);
 * - `near`: identical but `d` typed for `đ` (`dụ má` for `đụ má`);
 * - `toneless`: the word carries no tone at all and nothing that contradicts the rule (`buoi`,
 *   `đit`), so it MAY be the rule's word typed without a Vietnamese keyboard.
 * A rule with no marks at all (`dm`, `vcl`, `ngu`) is an abbreviation or a level-tone word: it
 * meets words without marks, `đ` and `d` alike (`đm` = `dm`), and never a marked word (`ngu` is
 * not `ngủ`).
 */
export type Level = 'exact' | 'near' | 'toneless';

export const levelRank: Record<Level, number> = { exact: 3, near: 2, toneless: 1 };

const UNMARKED = /^\.*$/;

/** Every `1` of `part` is also a `1` of `whole`. */
function strokeWithin(part: string, whole: string): boolean {
  for (let i = 0; i < part.length; i++) if (part[i] === '1' && whole[i] !== '1') return false;
  return true;
}

/** Every hat of `part` is also in `whole` at the same place. */
function hatsWithin(part: string, whole: string): boolean {
  for (let i = 0; i < part.length; i++) if (part[i] !== '.' && part[i] !== whole[i]) return false;
  return true;
}

export function compareReading(text: Reading, rule: Reading): Level | null {
  if (text.key !== rule.key) return null;
  for (let i = 0; i < rule.counts.length; i++) if (text.counts[i] < rule.counts[i]) return null;
  if (rule.tones === '' && UNMARKED.test(rule.vm)) {
    return text.tones === '' && UNMARKED.test(text.vm) ? 'exact' : null;
  }
  if (text.tones === rule.tones && text.vm === rule.vm) {
    if (text.stroke === rule.stroke) return 'exact';
    return strokeWithin(text.stroke, rule.stroke) ? 'near' : null;
  }
  if (text.tones === '' && hatsWithin(text.vm, rule.vm) && strokeWithin(text.stroke, rule.stroke)) return 'toneless';
  return null;
}
