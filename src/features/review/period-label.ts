import type { TFunction } from 'i18next';
import { monthOf, shortDay, weekDays, type DayKey } from './calendar-math';

/** `Tháng 11 năm 2026`, or `16/11 – 22/11/2026` for a week. */
export function periodLabel(t: TFunction, view: 'week' | 'month', anchor: DayKey): string {
  if (view === 'month') return t('review:calendar.monthLabel', monthOf(anchor));
  const days = weekDays(anchor);
  return t('review:calendar.weekLabel', { from: shortDay(days[0]), to: shortDay(days[6]), year: days[6].slice(0, 4) });
}
