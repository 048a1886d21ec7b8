/**
 * Word rules for comment moderation that understand Vietnamese.
 *
 * Pipeline: `normalize` cuts the original text into word tokens (offsets kept, marks read from
 * NFC/NFD alike, invisible characters dropped, look-alikes folded) → `reading` reduces each word,
 * and each spelled-out or glued run of pieces (`chains`), to a teencode skeleton with repeats
 * collapsed (`teencode`) → `compare` decides how closely it meets a rule syllable → `scan`
 * applies the severity policy:
 * - exact syllable (same hats, `đ`, tone) → the rule's severity; `buồi` never meets `buổi`;
 * - a rule without marks (`dm`, `vcl`, `ngu`) is an abbreviation or a level-tone word: it meets
 *   unmarked words only, `đ`/`d` alike, with the rule's severity;
 * - a word with no tone where the rule has one (`buoi`, `l0n`) → only `suspect`, and only when the
 *   comment as a whole was typed without a Vietnamese keyboard, the word itself was written
 *   evasively (separators, invisible characters, leetspeak, letters held down), or it was typed
 *   bare inside accented text where no Vietnamese word goes without marks (`dit`, `buoi`: a final
 *   p/t/c/ch needs a tone, `uo`/`ie` a hat; a bare `lon` or `me` is the ordinary word); two-letter
 *   syllables (`di`, `du`) need the evasion, being too common on their own;
 * - a phrase run together (`địtmẹ`) counts with its tones, or without them when long enough not to
 *   read as a word (`vaytiennhanh`) or bare across a stop final (`ditme`), never as `duma`;
 * - `d` typed for `đ` inside a phrase (`dụ má`) → `suspect`.
 * Words join only across separators inside a word (`đ.m`, `l.ồn`) or when every piece is one
 * character (`d m`); whole words never join, so `đi mà` is not `dm`.
 */
export { compileRules, type CompiledRules } from './compile';
export { defaultModerationRules } from './default-rules';
export { previewRule, type RulePreview, type RulePreviewSample } from './preview';
export { scanComment, verdict, type ScanMatch, type Verdict } from './scan';
