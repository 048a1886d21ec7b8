// @vitest-environment node
import { entriesByDay } from '@/features/review/calendar-entries';
import { addDays, addMonths, monthGrid, startOfWeek, vietnamDayKey, weekDays } from '@/features/review/calendar-math';
import type { ArticleSummary } from '@/domain';

describe('calendar math', () => {
  it('places an instant on its Vietnam day, not the UTC one', () => {
    expect(vietnamDayKey('2026-11-20T17:30:00Z')).toBe('2026-11-21');
    expect(vietnamDayKey('2026-11-20T16:59:00Z')).toBe('2026-11-20');
  });

  it('starts weeks on Monday and crosses months and years', () => {
    expect(startOfWeek('2026-11-22')).toBe('2026-11-16'); // a Sunday
    expect(weekDays('2026-12-31')).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03']);
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-01');
  });

  it('covers a month with whole weeks', () => {
    const grid = monthGrid('2026-11-20');
    expect(grid[0][0]).toBe('2026-10-26');
    expect(grid.at(-1)?.at(-1)).toBe('2026-12-06');
    expect(grid.every((w) => w.length === 7)).toBe(true);
    expect(grid.flat()).toContain('2026-11-30');
  });

  it('puts scheduled articles on their planned time and published ones on their publication time', () => {
    const base = { title: 'x', scheduledAt: null, publishedAt: null } as unknown as ArticleSummary;
    const days = entriesByDay([
      { ...base, id: 'a', status: 'scheduled', scheduledAt: '2026-11-21T01:00:00Z' },
      { ...base, id: 'b', status: 'published', publishedAt: '2026-11-20T18:15:00Z' },
      { ...base, id: 'c', status: 'draft' },
    ]);
    expect(days.get('2026-11-21')?.map((e) => [e.id, e.time])).toEqual([['b', '01:15'], ['a', '08:00']]);
    expect([...days.keys()]).toEqual(['2026-11-21']);
  });
});
