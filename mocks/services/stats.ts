import { articleStatuses, isEditorInChief, VIETNAM_TZ, vietnamParts, type ArticleStatus, type User } from '@/domain';
import type { ArticleStats, CommentTrends } from '@/api/port';
import type { Db } from '../db';
import { forbidden } from '../errors';

const DAY = 86_400_000;
const HOUR = 3_600_000;

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` of an instant as the newsroom's calendar sees it (Vietnam time). */
export function vietnamDay(instant: number | string): string {
  const p = vietnamParts(instant);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

const zeroes = (): Record<ArticleStatus, number> => Object.fromEntries(articleStatuses.map((s) => [s, 0])) as Record<ArticleStatus, number>;

export function requireEditorInChief(user: User): void {
  if (!isEditorInChief(user)) throw forbidden('Only the editor-in-chief sees the newsroom statistics.');
}

/**
 * Per Vietnam day, how many distinct articles entered each status, read from the history (creation
 * enters `draft`); an article that went back and forth on one day counts once per status. Vietnam
 * has no DST, so stepping back whole days from now lands on each calendar day once.
 */
export function articleStats(db: Db, days: number, now: number): ArticleStats {
  const keys = Array.from({ length: days }, (_, i) => vietnamDay(now - (days - 1 - i) * DAY));
  const byDay = new Map(keys.map((k) => [k, new Map<ArticleStatus, Set<string>>()]));
  for (const h of db.history) {
    const at = Date.parse(h.at);
    if (at > now) continue;
    const day = byDay.get(vietnamDay(at));
    if (!day) continue;
    const seen = day.get(h.to) ?? new Set<string>();
    seen.add(h.articleId);
    day.set(h.to, seen);
  }
  const current = zeroes();
  for (const a of db.articles) current[a.status] += 1;
  return {
    timeZone: VIETNAM_TZ,
    days: keys.map((date) => {
      const entered = zeroes();
      for (const [status, ids] of byDay.get(date)!) entered[status] = ids.size;
      return { date, entered };
    }),
    current,
  };
}

/**
 * Comments received (any status: the count measures readers' attention, not what was approved) in
 * the last `hours` against the `hours` before; articles that grew, largest growth first.
 */
export function commentTrends(db: Db, hours: number, limit: number, now: number): CommentTrends {
  const window = hours * HOUR;
  const tally = new Map<string, { recent: number; previous: number }>();
  for (const c of db.comments) {
    const age = now - Date.parse(c.createdAt);
    if (age < 0 || age >= 2 * window) continue;
    const row = tally.get(c.articleId) ?? { recent: 0, previous: 0 };
    if (age < window) row.recent += 1;
    else row.previous += 1;
    tally.set(c.articleId, row);
  }
  const titles = new Map(db.articles.map((a) => [a.id, a.title]));
  const items = [...tally]
    .map(([articleId, n]) => ({ articleId, articleTitle: titles.get(articleId) ?? '', ...n }))
    .filter((r) => r.recent > r.previous)
    .sort((a, b) => b.recent - b.previous - (a.recent - a.previous) || b.recent - a.recent || a.articleId.localeCompare(b.articleId))
    .slice(0, limit);
  return { hours, until: new Date(now).toISOString(), items };
}
