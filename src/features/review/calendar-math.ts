import { vietnamParts } from '@/domain';

/** A calendar day as `YYYY-MM-DD`. Arithmetic runs on UTC dates, so the machine's zone never shifts a day. */
export type DayKey = string;

const pad = (n: number) => String(n).padStart(2, '0');
const toKey = (d: Date): DayKey => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const toDate = (key: DayKey) => {
  const [y, m, d] = key.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
};

/** The day an instant falls on in Vietnam. */
export function vietnamDayKey(instant: Date | string | number): DayKey {
  const p = vietnamParts(instant);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

export function addDays(key: DayKey, days: number): DayKey {
  const d = toDate(key);
  d.setUTCDate(d.getUTCDate() + days);
  return toKey(d);
}

/** Weeks start on Monday, as Vietnamese calendars print them. */
export function startOfWeek(key: DayKey): DayKey {
  const weekday = toDate(key).getUTCDay();
  return addDays(key, -((weekday + 6) % 7));
}

export const weekDays = (key: DayKey): DayKey[] => Array.from({ length: 7 }, (_, i) => addDays(startOfWeek(key), i));

export function addMonths(key: DayKey, months: number): DayKey {
  const d = toDate(key);
  return toKey(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1)));
}

export const monthOf = (key: DayKey) => ({ year: Number(key.slice(0, 4)), month: Number(key.slice(5, 7)) });
export const dayOfMonth = (key: DayKey) => Number(key.slice(8, 10));

/** Whole weeks covering the month of `key`, Monday to Sunday (4 to 6 rows). */
export function monthGrid(key: DayKey): DayKey[][] {
  const first = `${key.slice(0, 7)}-01`;
  const next = addMonths(first, 1);
  const weeks: DayKey[][] = [];
  for (let start = startOfWeek(first); start < next; start = addDays(start, 7)) weeks.push(weekDays(start));
  return weeks;
}

/** `21/11` — the short label the week view's heading uses. */
export const shortDay = (key: DayKey) => `${key.slice(8, 10)}/${key.slice(5, 7)}`;
