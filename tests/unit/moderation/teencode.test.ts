// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { segment } from '@/domain/moderation/normalize';
import { readUnits } from '@/domain/moderation/reading';
import { skeleton } from '@/domain/moderation/teencode';

const skel = (word: string) =>
  skeleton(segment(word).tokens[0].units)
    .map((s) => s.ch)
    .join('');
const key = (word: string, leet = false) => readUnits(segment(word).tokens[0].units, { leet }).map((r) => r.key);

describe('teencode skeleton', () => {
  it.each([
    ['phò', 'fò', 'F'],
    ['quá', 'wá', 'W'],
    ['thích', 'thíck', 'C'],
    ['cặc', 'kặc', 'c'],
    ['cặc', 'cặk', 'c'],
    ['gì', 'zì', 'Z'],
    ['dì', 'jì', 'Z'],
    ['già', 'dzà', 'Z'],
    ['ngủ', 'nghủ', 'N'],
    ['ghế', 'gế', 'g'],
  ])('%s and %s share a skeleton', (a, b) => {
    expect(skel(a)).toBe(skel(b));
  });

  it('reads j between consonants as the i it stands for, elsewhere as the Z class', () => {
    expect(skel('djt')).toBe(skel('dit'));
    expect(skel('đjt')).toBe(skel('đit'));
    expect(skel('jì')).toBe('Zi');
    expect(skel('dj')).toBe('ZZ');
  });

  it('keeps kh apart from ch and c', () => {
    expect(skel('khốn')).not.toBe(skel('chốn'));
    expect(skel('khốn')).not.toBe(skel('cốn'));
  });

  it('reads gi before a vowel as one consonant, before a consonant as g + i', () => {
    expect(skel('gia')).toBe('Za');
    expect(skel('gìn')).toBe('Zin');
  });

  it('remembers đ beside the shared d class', () => {
    const [dStroke] = skeleton(segment('đụ').tokens[0].units);
    const [dPlain] = skeleton(segment('dụ').tokens[0].units);
    expect([dStroke.ch, dStroke.stroke]).toEqual(['Z', true]);
    expect([dPlain.ch, dPlain.stroke]).toEqual(['Z', false]);
  });
});

describe('readings', () => {
  it('collapses letters held down and counts them', () => {
    const [r] = readUnits(segment('loooozzz').tokens[0].units);
    expect(r.key).toBe('loZ');
    expect(r.counts).toEqual([1, 4, 3]);
    expect(r.evasive).toBe(true);
    expect(readUnits(segment('cool').tokens[0].units)[0].evasive).toBe(false);
  });

  it('keeps tones as a sequence so old and new placement read the same', () => {
    const read = (w: string) => readUnits(segment(w).tokens[0].units)[0];
    expect(read('hoà')).toEqual(read('hòa'));
    expect(read('thuỷ')).toEqual(read('thủy'));
    expect(read('hoà'.normalize('NFD'))).toEqual(read('hòa'));
  });

  it('reads leetspeak only in words with two real letters', () => {
    expect(key('l0n', true)).toEqual(['l0n', 'lon']);
    expect(key('vc1', true)).toEqual(['vc1', 'vci', 'vcl']);
    expect(key('v1', true)).toEqual(['v1']);
    expect(key('2024', true)).toEqual(['2024']);
    expect(key('l0n')).toEqual(['l0n']);
  });

  it('marks leet readings as evasive, the literal one not', () => {
    const readings = readUnits(segment('s3x').tokens[0].units, { leet: true });
    expect(readings.map((r) => [r.key, r.evasive])).toEqual([
      ['s3x', false],
      ['sex', true],
    ]);
  });
});
