// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { moderationRuleSchema, type ModerationRule } from '@/domain';
import { compileRules, scanComment, verdict } from '@/domain/moderation';

const rules: ModerationRule[] = [
  { id: 'r-dm', term: 'dm', severity: 'block' },
  { id: 'r-lon', term: 'lồn', severity: 'block' },
  { id: 'r-buoi', term: 'buồi', severity: 'block' },
  { id: 'r-hoa', term: 'hoà', severity: 'suspect' },
  { id: 'r-phrase', term: 'vay tiền nhanh', severity: 'block' },
];
const slices = (text: string, list: ModerationRule[] = rules) => scanComment(text, list).map((m) => text.slice(m.start, m.end));

describe('scanComment', () => {
  it('returns the rule, severity and offsets in the original text', () => {
    const text = 'Ừ, đ.m cái l\u200bồn';
    expect(scanComment(text, rules)).toEqual([
      { ruleId: 'r-dm', term: 'dm', severity: 'block', start: 3, end: 6 },
      { ruleId: 'r-lon', term: 'lồn', severity: 'block', start: 11, end: 15 },
    ]);
  });

  it('accepts compiled rules and gives the same answer', () => {
    const compiled = compileRules(rules);
    for (const text of ['đ m', 'buồi', 'vay-tiền-nhanh', 'hòa', 'sạch']) {
      expect(scanComment(text, compiled)).toEqual(scanComment(text, rules));
    }
  });

  it('sorts by start and merges overlapping finds of one rule', () => {
    const text = 'lồn và đm và lồn';
    expect(scanComment(text, rules).map((m) => [m.ruleId, m.start])).toEqual([
      ['r-lon', 0],
      ['r-dm', 7],
      ['r-lon', 13],
    ]);
    // The token `đm` and the glued chain `đ.m.m` reach the same letters: one match.
    expect(scanComment('đ.mm', rules)).toHaveLength(1);
  });

  it('matches on word boundaries only', () => {
    expect(slices('admin, dmca, lồng, buổi, cđm')).toEqual([]);
  });

  it('does not join whole words across a space into an abbreviation', () => {
    expect(slices('đi mà, dạ mà, đi m')).toEqual([]);
    expect(slices('ừ d m')).toEqual(['d m']);
  });

  it('sees through the old tone placement both ways', () => {
    expect(slices('hòa')).toEqual(['hòa']);
    expect(slices('hoà')).toEqual(['hoà']);
    expect(slices('thủy', [{ id: 't', term: 'thuỷ', severity: 'block' }])).toEqual(['thủy']);
  });

  it('downgrades words typed without marks to suspect, in unaccented text or typed bare inside accented text', () => {
    expect(scanComment('thang nay buoi that', rules).map((m) => m.severity)).toEqual(['suspect']);
    expect(scanComment('Hôm nay l.o.n quá', rules).map((m) => m.severity)).toEqual(['suspect']);
    // `buoi` is no word without its marks: typed bare on purpose. `Buổi` stays the other syllable.
    expect(scanComment('Buổi sáng ăn buoi', rules).map((m) => [m.severity, m.start])).toEqual([['suspect', 13]]);
    // A bare word that is also an ordinary level-tone word proves nothing in accented text.
    expect(scanComment('Lon bia này ngon', rules)).toEqual([]);
  });

  it('reads a bare syllable as proof that the rest of its phrase lost its marks too', () => {
    const list: ModerationRule[] = [{ id: 'p', term: 'địt mẹ', severity: 'block' }];
    expect(scanComment('Thằng này dit me nó', list).map((m) => [m.severity, m.start, m.end])).toEqual([['suspect', 10, 16]]);
    // Neither `du` nor `ma` needs a mark: in accented text they are the ordinary words.
    expect(scanComment('Đi du lịch ở Ma Rốc', [{ id: 'q', term: 'đụ má', severity: 'block' }])).toEqual([]);
  });

  it('matches a short phrase run together with its tones, or bare across a stop final', () => {
    const list: ModerationRule[] = [
      { id: 'dm', term: 'địt mẹ', severity: 'block' },
      { id: 'dma', term: 'đụ má', severity: 'block' },
    ];
    expect(scanComment('địtmẹ', list).map((m) => [m.ruleId, m.severity])).toEqual([['dm', 'block']]);
    expect(scanComment('đụmá', list).map((m) => [m.ruleId, m.severity])).toEqual([['dma', 'block']]);
    expect(scanComment('ditme', list).map((m) => [m.ruleId, m.severity])).toEqual([['dm', 'suspect']]);
    // `duma` (the Russian parliament) has no stop final: it reads as a word.
    expect(scanComment('Viện Duma của Nga', list)).toEqual([]);
    expect(scanComment('duma', list)).toEqual([]);
  });

  it('keeps the severity of an abbreviation rule', () => {
    expect(scanComment('dm', [{ id: 'a', term: 'dm', severity: 'suspect' }])[0].severity).toBe('suspect');
    expect(scanComment('đ m', [{ id: 'a', term: 'đm', severity: 'block' }])[0].severity).toBe('block');
  });

  it('joins phrase syllables across separators but not across clause breaks or lines', () => {
    expect(slices('vay.tiền   nhanh')).toEqual(['vay.tiền   nhanh']);
    expect(slices('đi vay tiền. Nhanh lên')).toEqual([]);
    expect(slices('vay tiền\nnhanh')).toEqual([]);
  });

  it('reads whole-word teencode inside phrases, and never as a profanity', () => {
    const list: ModerationRule[] = [
      { id: 'p', term: 'con mẹ mày', severity: 'block' },
      { id: 'c', term: 'cặc', severity: 'block' },
    ];
    expect(scanComment('con mẹ m', list).map((m) => [m.ruleId, m.severity])).toEqual([['p', 'block']]);
    expect(scanComment('vk ck nhà tôi', list)).toEqual([]);
  });

  it('reads leetspeak inside spelled-out letters, as suspect', () => {
    const list: ModerationRule[] = [{ id: 'c', term: 'cặc', severity: 'block' }];
    expect(scanComment('đồ c.4.c', list).map((m) => m.severity)).toEqual(['suspect']);
    expect(scanComment('đồ c 4 c', list).map((m) => m.severity)).toEqual(['suspect']);
    expect(scanComment('Tổ 4 c', list)).toEqual([]);
  });

  it('treats a rule spelled letter by letter as one word', () => {
    expect(slices('đm', [{ id: 'x', term: 'đ.m', severity: 'block' }])).toEqual(['đm']);
  });

  it('handles empty input and empty rule lists', () => {
    expect(scanComment('', rules)).toEqual([]);
    expect(scanComment('lồn', [])).toEqual([]);
    expect(scanComment('...', rules)).toEqual([]);
  });

  it('scans a long comment against many rules (no timing asserted)', () => {
    const many = Array.from({ length: 100 }, (_, i) => moderationRuleSchema.parse({ id: `m${i}`, term: `từ khóa ${i}`, severity: 'suspect' }));
    const compiled = compileRules([...rules, ...many]);
    const text = 'Bài viết hay, đ.m thằng admin, từ khóa 42 đây. '.repeat(25);
    const matches = scanComment(text, compiled);
    expect(matches.filter((m) => m.ruleId === 'r-dm')).toHaveLength(25);
    expect(matches.filter((m) => m.ruleId === 'm42')).toHaveLength(25);
  });
});

describe('verdict', () => {
  it('is the strongest severity, or clean', () => {
    expect(verdict([])).toBe('clean');
    expect(verdict([{ severity: 'suspect' }])).toBe('suspect');
    expect(verdict([{ severity: 'suspect' }, { severity: 'block' }])).toBe('block');
  });
});
