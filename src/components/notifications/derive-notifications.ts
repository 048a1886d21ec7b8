import type { ArticleSummary, HistoryEntry } from '@/domain';

export type NotificationKind = 'approved' | 'changes_requested' | 'scheduled' | 'published' | 'unpublished' | 'submitted';
export type AppNotification = { id: string; articleId: string; title: string; kind: NotificationKind; by: string; at: string };

/** Whose news: a reporter hears about their own articles, the editor-in-chief about what arrives for review. */
export type Audience = 'author' | 'reviewer';

const KIND_BY_TARGET: Partial<Record<HistoryEntry['to'], NotificationKind>> = {
  approved: 'approved',
  changes_requested: 'changes_requested',
  scheduled: 'scheduled',
  published: 'published',
  // Taken down: the reporter hears it; their list and dashboard say why.
  unpublished: 'unpublished',
};

export const WATCHED_STATUSES: Record<Audience, readonly ArticleSummary['status'][]> = {
  author: ['approved', 'changes_requested', 'scheduled', 'published', 'unpublished'],
  reviewer: ['in_review'],
};

// A first visit has no "last seen": look back a week from the newest change, not at all of history.
const FIRST_VISIT_WINDOW_MS = 7 * 24 * 3_600_000;

/** The instant after which changes count as news. Server timestamps only, so a skewed local clock cannot hide any. */
export function cutoffFor(lastSeen: string | null, items: readonly ArticleSummary[]): number {
  if (lastSeen) return Date.parse(lastSeen);
  const newest = Math.max(0, ...items.map((a) => Date.parse(a.updatedAt)));
  return newest - FIRST_VISIT_WINDOW_MS;
}

/** Articles that changed since the cutoff and sit in a status the audience cares about: only their history is read. */
export function candidates(audience: Audience, items: readonly ArticleSummary[], cutoff: number): ArticleSummary[] {
  return items.filter((a) => WATCHED_STATUSES[audience].includes(a.status) && Date.parse(a.updatedAt) > cutoff);
}

/** Each step taken by someone else after the cutoff that the audience wants to hear about. */
export function notificationsFrom(
  audience: Audience,
  article: Pick<ArticleSummary, 'id' | 'title'>,
  history: readonly HistoryEntry[],
  cutoff: number,
  userId: string,
): AppNotification[] {
  const out: AppNotification[] = [];
  for (const h of history) {
    if (h.by === userId || Date.parse(h.at) <= cutoff) continue;
    const kind = audience === 'reviewer' ? (h.to === 'in_review' ? 'submitted' : undefined) : KIND_BY_TARGET[h.to];
    if (kind) out.push({ id: `${article.id}:${h.id}`, articleId: article.id, title: article.title, kind, by: h.by, at: h.at });
  }
  return out;
}
