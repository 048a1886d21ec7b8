// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { estimateRowHeight } from '@/features/comments/queue/row-size';

const flag = { ruleId: 'r1', term: 'dm', severity: 'suspect' as const, start: 0, end: 2 };
const row = (body: string, flags = [] as (typeof flag)[]) => ({ body, flags });

describe('estimateRowHeight', () => {
  it('guesses a one-line comment as the row it measures in the queue (153 px, 179 px flagged)', () => {
    expect(estimateRowHeight(row('Bài viết rất hay, cảm ơn tác giả.'), 1078)).toBe(153);
    expect(estimateRowHeight(row('dm bài này', [flag]), 1078)).toBe(179);
  });
  it('adds a line per wrapped line and per paragraph', () => {
    const one = estimateRowHeight(row('x'.repeat(100)), 1078);
    expect(estimateRowHeight(row('x'.repeat(250)), 1078)).toBe(one + 21);
    expect(estimateRowHeight(row('một\nhai'), 1078)).toBe(one + 21);
    // a narrower list wraps sooner
    expect(estimateRowHeight(row('x'.repeat(250)), 500)).toBeGreaterThan(estimateRowHeight(row('x'.repeat(250)), 1078));
  });
  it('stops at the clamp, with room for "show more"', () => {
    const clamped = estimateRowHeight(row('x'.repeat(5000)), 1078);
    expect(clamped).toBe(153 + 3 * 21 + 24);
    expect(estimateRowHeight(row('a\nb\nc\nd\ne\nf'), 1078)).toBe(clamped);
  });
});
