import { vietnamParts, type ArticleSummary } from '@/domain';
import { vietnamDayKey, type DayKey } from './calendar-math';

export type CalendarEntry = { id: string; title: string; status: 'scheduled' | 'published'; at: string; time: string };

const pad = (n: number) => String(n).padStart(2, '0');

/** Scheduled articles sit on their planned time, published ones on their publication time; by day, in Vietnam time. */
export function entriesByDay(articles: readonly ArticleSummary[]): Map<DayKey, CalendarEntry[]> {
  const days = new Map<DayKey, CalendarEntry[]>();
  for (const a of articles) {
    const at = a.status === 'scheduled' ? a.scheduledAt : a.status === 'published' ? a.publishedAt : null;
    if (!at) continue;
    const p = vietnamParts(at);
    const entry: CalendarEntry = { id: a.id, title: a.title, status: a.status as CalendarEntry['status'], at, time: `${pad(p.hour)}:${pad(p.minute)}` };
    const key = vietnamDayKey(at);
    days.set(key, [...(days.get(key) ?? []), entry]);
  }
  for (const list of days.values()) list.sort((x, y) => Date.parse(x.at) - Date.parse(y.at));
  return days;
}
