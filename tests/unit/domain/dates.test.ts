// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatDateLine, formatDateTimeVN, vietnamParts, vietnamWallTimeToIso } from '@/domain';

describe('formatDateLine', () => {
  it.each([
    ['2021-05-14T03:00:00Z', 'Thứ Sáu, ngày 14 tháng 5 năm 2021'],
    // 00:30 in Vietnam is still the previous day in UTC
    ['2021-05-13T17:30:00Z', 'Thứ Sáu, ngày 14 tháng 5 năm 2021'],
    ['2021-05-13T16:59:59Z', 'Thứ Năm, ngày 13 tháng 5 năm 2021'],
    ['2021-05-16T05:00:00Z', 'Chủ Nhật, ngày 16 tháng 5 năm 2021'],
    ['2021-05-17T05:00:00Z', 'Thứ Hai, ngày 17 tháng 5 năm 2021'],
    ['2021-05-18T05:00:00Z', 'Thứ Ba, ngày 18 tháng 5 năm 2021'],
    ['2021-05-19T05:00:00Z', 'Thứ Tư, ngày 19 tháng 5 năm 2021'],
    ['2021-05-15T05:00:00Z', 'Thứ Bảy, ngày 15 tháng 5 năm 2021'],
    ['2026-12-31T17:00:00Z', 'Thứ Sáu, ngày 1 tháng 1 năm 2027'],
    ['2024-02-29T00:00:00Z', 'Thứ Năm, ngày 29 tháng 2 năm 2024'],
  ])('%s → %s', (iso, expected) => {
    expect(formatDateLine(iso)).toBe(expected);
    expect(formatDateLine(new Date(iso))).toBe(expected);
    expect(formatDateLine(Date.parse(iso))).toBe(expected);
  });
});

describe('Vietnam time', () => {
  it('reads calendar parts in UTC+7', () => {
    expect(vietnamParts('2021-05-13T17:30:00Z')).toMatchObject({ year: 2021, month: 5, day: 14, hour: 0, minute: 30, weekday: 5 });
  });
  it('agrees with the zone data at every hour of a leap year and around the year change', () => {
    const zone = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' });
    const fromZone = (t: number) => Object.fromEntries(zone.formatToParts(t).filter((p) => p.type !== 'literal').map((p) => [p.type, Number(p.value)]));
    for (let t = Date.UTC(2023, 11, 31, 0, 7); t < Date.UTC(2025, 0, 2); t += 3_600_000) {
      const { year, month, day, hour, minute } = vietnamParts(t);
      expect({ year, month, day, hour, minute }).toEqual(fromZone(t));
    }
  });
  it('reads instants before 1975 from the zone data, when Saigon kept UTC+8', () => {
    expect(vietnamParts('1970-01-01T00:00:00Z')).toMatchObject({ year: 1970, month: 1, day: 1, hour: 8 });
    expect(vietnamParts('1975-06-13T00:00:00Z')).toMatchObject({ day: 13, hour: 7 });
  });
  it('formats date and time', () => {
    expect(formatDateTimeVN('2021-05-14T03:32:00Z')).toBe('14/05/2021 10:32');
  });
  it('turns a Vietnam wall-clock time into an instant', () => {
    expect(vietnamWallTimeToIso('2021-05-14T10:30')).toBe('2021-05-14T03:30:00.000Z');
    expect(vietnamWallTimeToIso('2021-05-14T00:15:00')).toBe('2021-05-13T17:15:00.000Z');
  });
});
