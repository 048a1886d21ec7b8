// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { moderationRuleSchema } from '@/domain';
import { defaultModerationRules, previewRule } from '@/domain/moderation';

const comments = [
  { id: 'c1', body: 'Buổi sáng đẹp' },
  { id: 'c2', body: 'đồ b.u.ồ.i' },
  { id: 'c3', body: 'BUỒI' },
  { id: 'c4', body: 'buồi buồi' },
  { id: 'c5', body: 'Bưởi Diễn' },
];

describe('previewRule', () => {
  it('counts the comments a rule would flag and returns the first samples with their matches', () => {
    const preview = previewRule({ id: 'x', term: 'buồi', severity: 'block' }, comments, 2);
    expect(preview.count).toBe(3);
    expect(preview.samples.map((s) => s.id)).toEqual(['c2', 'c3']);
    expect(preview.samples[0].matches[0]).toMatchObject({ ruleId: 'x', start: 3, end: 10, severity: 'block' });
  });

  it('defaults to five samples and reports zero for a rule nobody trips', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ id: `m${i}`, body: 'đm' }));
    expect(previewRule({ id: 'd', term: 'dm', severity: 'block' }, many).samples).toHaveLength(5);
    expect(previewRule({ id: 'n', term: 'lồn', severity: 'block' }, comments)).toEqual({ count: 0, samples: [] });
  });
});

describe('defaultModerationRules', () => {
  it('are valid rules with unique ids and unique terms', () => {
    for (const rule of defaultModerationRules) expect(moderationRuleSchema.parse(rule)).toEqual(rule);
    expect(new Set(defaultModerationRules.map((r) => r.id)).size).toBe(defaultModerationRules.length);
    expect(new Set(defaultModerationRules.map((r) => r.term)).size).toBe(defaultModerationRules.length);
  });
});
