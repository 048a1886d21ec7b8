// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isInvisible, isJoinable, segment } from '@/domain/moderation/normalize';

const words = (text: string) => segment(text).tokens.map((t) => t.units.map((u) => u.ch).join(''));
const spans = (text: string) => segment(text).tokens.map((t) => text.slice(t.start, t.end));

describe('segment', () => {
  it('splits on separators and keeps original offsets', () => {
    const text = 'Đồ  ngu, đi!';
    expect(words(text)).toEqual(['đo', 'ngu', 'đi']);
    expect(spans(text)).toEqual(['Đồ', 'ngu', 'đi']);
  });

  it('reads hats and tones the same from NFC, NFD and mixed input', () => {
    for (const text of ['lồn', 'lồn'.normalize('NFD'), 'lo\u0302\u0300n', 'lô\u0300n']) {
      const [token] = segment(text).tokens;
      expect(token.units.map((u) => [u.ch, u.vm, u.tone])).toEqual([
        ['l', '.', 0],
        ['o', '^', 1],
        ['n', '.', 0],
      ]);
      expect(text.slice(token.start, token.end)).toBe(text);
    }
  });

  it('reads horn, breve and every tone', () => {
    const [token] = segment('ừắẽởạ').tokens;
    expect(token.units.map((u) => `${u.ch}${u.vm}${u.tone}`)).toEqual(['u+1', 'a(2', 'e.3', 'o+4', 'a.5']);
  });

  it('drops invisible characters without splitting the word and flags it', () => {
    for (const mark of ['\u200b', '\u200c', '\u200d', '\ufeff', '\u2060', '\u00ad', '\u202e', '\u3164']) {
      const text = `a l${mark}ồn b`;
      const { tokens } = segment(text);
      expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['a', `l${mark}ồn`, 'b']);
      expect(tokens[1].hidden).toBe(true);
      expect(tokens[0].hidden).toBe(false);
    }
  });

  it('folds case, fullwidth, math letters and Cyrillic look-alikes, marking them disguised', () => {
    const text = 'ＤＭ 𝐝𝐦 сас';
    expect(words(text)).toEqual(['dm', 'dm', 'cac']);
    expect(segment(text).tokens.every((t) => t.units.every((u) => u.disguised))).toBe(true);
    expect(segment('DM').tokens[0].units.some((u) => u.disguised)).toBe(false);
    expect(spans(text)).toEqual(['ＤＭ', '𝐝𝐦', 'сас']);
  });

  it('reads leet symbols as letters only inside a word', () => {
    expect(words('c@c đ!t')).toEqual(['c@c', 'đ!t']);
    expect(words('Hay quá! @admin $5')).toEqual(['hay', 'qua', 'admin', '5']);
  });

  it('describes the gaps between tokens', () => {
    const { gaps } = segment('đ.m d  m tiền. Nhanh\nx');
    expect(gaps.map((g) => [g.length, g.whitespace, g.punctuation, g.newline])).toEqual([
      [1, false, true, false],
      [1, true, false, false],
      [2, true, false, false],
      [1, true, false, false],
      [2, true, true, false],
      [1, true, false, true],
    ]);
  });
});

describe('isJoinable', () => {
  const gap = (text: string) => segment(`a${text}b`).gaps[0];
  it.each([
    ['.', true],
    [' ', true],
    ['   ', true],
    ['-', true],
    ['*', true],
    ['. ', false],
    [', ', false],
    ['\n', false],
    ['       ', false],
  ])('%j → %s', (text, expected) => {
    expect(isJoinable(gap(text))).toBe(expected);
  });
});

describe('isInvisible', () => {
  it('knows format controls from ordinary whitespace', () => {
    expect(['\u200b', '\u00ad', '\ufeff', '\u2066', '\u0007'].every(isInvisible)).toBe(true);
    expect([' ', '\n', '\t', 'a', '\u00a0'].some(isInvisible)).toBe(false);
  });
});
