// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compileRules, defaultModerationRules, scanComment, verdict } from '@/domain/moderation';
import { abusive, corpus, ordinary } from './corpus';

const rules = compileRules(defaultModerationRules);

describe('labelled corpus against the default rules', () => {
  it('is large enough and labels both sides', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    expect(ordinary.length).toBeGreaterThanOrEqual(100);
    expect(abusive.filter((e) => e.expect === 'block').length).toBeGreaterThanOrEqual(50);
  });

  it.each(ordinary.map((e) => [e.text, e] as const))('clean: %s', (_text, entry) => {
    expect(scanComment(entry.text, rules)).toEqual([]);
  });

  it.each(abusive.map((e) => [e.text, e] as const))('%s', (_text, entry) => {
    const matches = scanComment(entry.text, rules);
    expect(verdict(matches)).toBe(entry.expect);
    expect(matches.map((m) => entry.text.slice(m.start, m.end))).toEqual(entry.spans);
  });

  it('never reports an offset outside the text or an empty span', () => {
    for (const entry of corpus) {
      for (const m of scanComment(entry.text, rules)) {
        expect(m.start).toBeGreaterThanOrEqual(0);
        expect(m.end).toBeLessThanOrEqual(entry.text.length);
        expect(m.end).toBeGreaterThan(m.start);
        // Spans are tight: they start and end on a visible letter or digit, never on a separator.
        expect(entry.text.slice(m.start, m.start + 1)).toMatch(/[\p{L}\p{N}]/u);
        expect(entry.text.slice(m.end - 1, m.end)).toMatch(/[\p{L}\p{N}\p{M}\uDC00-\uDFFF]/u);
      }
    }
  });
});
