export const VIETNAM_TZ = 'Asia/Ho_Chi_Minh';

const WEEKDAYS_VI = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

type Parts = { year: number; month: number; day: number; weekday: number; hour: number; minute: number };

const partsFormatter = new Intl.DateTimeFormat('en-US', {
  timeZone: VIETNAM_TZ,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const WEEKDAY_INDEX: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/** Vietnam has kept UTC+7 without daylight saving since 13 June 1975 (before, the zone data says more). */
const FIXED_OFFSET_SINCE = Date.UTC(1975, 5, 12, 16);
const OFFSET_MS = 7 * 3_600_000;

/** Calendar parts of an instant as seen in Vietnam (UTC+7, no DST), whatever the machine's zone. */
export function vietnamParts(date: Date | string | number): Parts {
  const d = date instanceof Date ? date : new Date(date);
  const t = d.getTime();
  // Arithmetic where the offset is fixed: lists print thousands of these, and the formatter's parts
  // cost a hundred times more.
  if (t >= FIXED_OFFSET_SINCE) {
    const v = new Date(t + OFFSET_MS);
    return { year: v.getUTCFullYear(), month: v.getUTCMonth() + 1, day: v.getUTCDate(), weekday: v.getUTCDay(), hour: v.getUTCHours(), minute: v.getUTCMinutes() };
  }
  const p = Object.fromEntries(partsFormatter.formatToParts(d).map((x) => [x.type, x.value]));
  return {
    year: Number(p.year),
    month: Number(p.month),
    day: Number(p.day),
    weekday: WEEKDAY_INDEX[p.weekday],
    hour: Number(p.hour),
    minute: Number(p.minute),
  };
}

/** `Thứ Sáu, ngày 14 tháng 5 năm 2021` — the portal's date line, in Vietnam time. */
export function formatDateLine(date: Date | string | number): string {
  const p = vietnamParts(date);
  return `${WEEKDAYS_VI[p.weekday]}, ngày ${p.day} tháng ${p.month} năm ${p.year}`;
}

/** `14/05/2021 10:32` in Vietnam time. */
export function formatDateTimeVN(date: Date | string | number): string {
  const p = vietnamParts(date);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(p.day)}/${pad(p.month)}/${p.year} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** A wall-clock time in Vietnam (`2021-05-14T10:30`) as an ISO instant. Vietnam has no DST: always +07:00. */
export function vietnamWallTimeToIso(wall: string): string {
  return new Date(`${wall.length === 16 ? `${wall}:00` : wall}+07:00`).toISOString();
}
