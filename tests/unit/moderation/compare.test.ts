// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compareReading } from '@/domain/moderation/compare';
import { segment } from '@/domain/moderation/normalize';
import { readUnits } from '@/domain/moderation/reading';

const read = (word: string) => readUnits(segment(word).tokens[0].units)[0];
const level = (text: string, rule: string) => compareReading(read(text), read(rule));

describe('compareReading', () => {
  it.each([
    ['buồi', 'buồi', 'exact'],
    ['buổi', 'buồi', null],
    ['bưởi', 'buồi', null],
    ['các', 'cặc', null],
    ['cạc', 'cặc', null],
    ['cắc', 'cặc', null],
    ['lớn', 'lồn', null],
    ['lộn', 'lồn', null],
    ['lòn', 'lồn', null],
    ['đít', 'địt', null],
    ['buoi', 'buồi', 'toneless'],
    ['lôn', 'lồn', 'toneless'],
    ['đit', 'địt', 'toneless'],
    ['dụ', 'đụ', 'near'],
    ['du', 'đụ', 'toneless'],
    ['đm', 'dm', 'exact'],
    ['dm', 'đm', 'exact'],
    ['dmmm', 'dm', 'exact'],
    ['ngu', 'ngu', 'exact'],
    ['ngủ', 'ngu', null],
    ['ngư', 'ngu', null],
    ['cm', 'cmm', null],
    ['cmmm', 'cmm', 'exact'],
    ['hoà', 'hòa', 'exact'],
  ] as const)('%s against a rule %s → %s', (text, rule, expected) => {
    expect(level(text, rule)).toBe(expected);
  });
});
