import type { ModerationRule } from '../comment';

type Severity = ModerationRule['severity'];
const rule = (id: string, term: string, severity: Severity): ModerationRule => ({ id: `vi-${id}`, term, severity });

/**
 * A starting word list for a Vietnamese portal. Written once in standard spelling: the matcher
 * sees through NFD, separators, repeats, leetspeak, teencode and missing tone marks (those only
 * ever yield `suspect`). Abbreviations are rules of their own; `dm` also covers `đm`, `dmm`,
 * `đ.m`, and `dcm` covers `dkm`/`đkm`, since `c`/`k` and `đ`/`d` are the same in abbreviations.
 *
 * Left out on purpose because they are also everyday words: `óc chó` (walnut), `con chó` (a dog),
 * `cave`, `phò` (phò tá), `đít`, and `ngu` alone (ngu ngơ); the phrases below carry the insult.
 */
export const defaultModerationRules: ModerationRule[] = [
  // Profanity: rejected on sight when written with its tone marks.
  rule('dit', 'địt', 'block'),
  rule('du', 'đụ', 'block'),
  rule('lon', 'lồn', 'block'),
  rule('cac', 'cặc', 'block'),
  rule('buoi', 'buồi', 'block'),
  rule('di', 'đĩ', 'block'),
  rule('du-ma', 'đụ má', 'block'),
  rule('du-me', 'đụ mẹ', 'block'),
  rule('dit-me', 'địt mẹ', 'block'),
  rule('con-me-may', 'con mẹ mày', 'block'),
  // Abbreviations and teencode spellings.
  rule('dm', 'dm', 'block'),
  rule('dcm', 'dcm', 'block'),
  rule('cmm', 'cmm', 'block'),
  rule('vcl', 'vcl', 'block'),
  rule('clgt', 'clgt', 'block'),
  rule('loz', 'loz', 'block'),
  rule('lin', 'lìn', 'block'),
  rule('dume', 'dume', 'block'),
  rule('vl', 'vl', 'suspect'),
  // Insults a moderator should look at: context decides.
  rule('deo', 'đéo', 'suspect'),
  rule('du-ma-2', 'đù má', 'suspect'),
  rule('me-kiep', 'mẹ kiếp', 'suspect'),
  rule('ma-me', 'mả mẹ', 'suspect'),
  rule('do-ngu', 'đồ ngu', 'suspect'),
  rule('thang-ngu', 'thằng ngu', 'suspect'),
  rule('ngu-nhu-bo', 'ngu như bò', 'suspect'),
  rule('ngu-nhu-lon', 'ngu như lợn', 'suspect'),
  rule('do-cho', 'đồ chó', 'suspect'),
  rule('thang-cho', 'thằng chó', 'suspect'),
  rule('cho-chet', 'chó chết', 'suspect'),
  rule('suc-vat', 'súc vật', 'suspect'),
  rule('khon-nan', 'khốn nạn', 'suspect'),
  rule('mat-day', 'mất dạy', 'suspect'),
  // Spam and gambling.
  rule('kiem-tien-online', 'kiếm tiền online', 'suspect'),
  rule('vay-tien-nhanh', 'vay tiền nhanh', 'suspect'),
  rule('vay-tien-online', 'vay tiền online', 'suspect'),
  rule('vay-nong', 'vay nóng', 'suspect'),
  rule('nha-cai', 'nhà cái', 'suspect'),
  rule('no-hu', 'nổ hũ', 'suspect'),
  rule('tai-xiu', 'tài xỉu', 'suspect'),
  rule('lo-de', 'lô đề', 'suspect'),
  rule('casino', 'casino', 'suspect'),
  rule('click-link', 'click vào link', 'suspect'),
  rule('ket-ban-zalo', 'kết bạn zalo', 'suspect'),
];
