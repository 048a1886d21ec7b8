import { keepPreviousData, mutationOptions, queryOptions, type QueryClient } from '@tanstack/react-query';
import type { Article, ArticleDraft, ArticleListQuery, WorkflowAction } from '@/domain';
import type { NewsroomApi, TransitionOptions } from '../port';
import { commentKeys } from './comments';

/**
 * Hierarchical keys so that one prefix invalidates a whole family:
 * `all` → every article query; `lists()` → every list page; `detail(id)` → the article and
 * everything hanging off it (history, revisions, notes, lock).
 */
export const articleKeys = {
  all: ['articles'] as const,
  lists: () => [...articleKeys.all, 'list'] as const,
  list: (query: ArticleListQuery) => [...articleKeys.lists(), query] as const,
  details: () => [...articleKeys.all, 'detail'] as const,
  detail: (id: string) => [...articleKeys.details(), id] as const,
  history: (id: string) => [...articleKeys.detail(id), 'history'] as const,
  revisions: (id: string) => [...articleKeys.detail(id), 'revisions'] as const,
  /**
   * History and revisions as of one change of the article: a copy read before the last change (a
   * resubmission in another tab, say) is never shown beside the newer text. Under `history(id)` /
   * `revisions(id)`, so invalidating those still reaches them.
   */
  historyAt: (id: string, updatedAt: string) => [...articleKeys.history(id), { updatedAt }] as const,
  revisionsAt: (id: string, updatedAt: string) => [...articleKeys.revisions(id), { updatedAt }] as const,
  revision: (id: string, rev: number) => [...articleKeys.revisions(id), rev] as const,
  notes: (id: string) => [...articleKeys.detail(id), 'notes'] as const,
  slugAvailable: (slug: string, exceptId?: string) => [...articleKeys.all, 'slug', slug, exceptId ?? null] as const,
};

/** Which article, as of which change. */
type ArticleState = Pick<Article, 'id' | 'updatedAt'>;

export const articleQueries = {
  list: (api: NewsroomApi, query: ArticleListQuery) =>
    queryOptions({
      queryKey: articleKeys.list(query),
      queryFn: ({ signal }) => api.articles.list(query, signal),
      // Paging and filtering keep the old rows on screen instead of flashing a skeleton.
      placeholderData: keepPreviousData,
    }),
  detail: (api: NewsroomApi, id: string) =>
    queryOptions({
      queryKey: articleKeys.detail(id),
      queryFn: ({ signal }) => api.articles.get(id, signal),
    }),
  history: (api: NewsroomApi, article: ArticleState) =>
    queryOptions({ queryKey: articleKeys.historyAt(article.id, article.updatedAt), queryFn: () => api.articles.history(article.id) }),
  revisions: (api: NewsroomApi, article: ArticleState) =>
    queryOptions({ queryKey: articleKeys.revisionsAt(article.id, article.updatedAt), queryFn: () => api.articles.revisions(article.id) }),
  revision: (api: NewsroomApi, id: string, rev: number) =>
    queryOptions({
      queryKey: articleKeys.revision(id, rev),
      queryFn: () => api.articles.revision(id, rev),
      // A revision never changes once written.
      staleTime: Infinity,
    }),
  notes: (api: NewsroomApi, id: string) =>
    queryOptions({ queryKey: articleKeys.notes(id), queryFn: () => api.articles.notes(id) }),
  slugAvailable: (api: NewsroomApi, slug: string, exceptId?: string) =>
    queryOptions({
      queryKey: articleKeys.slugAvailable(slug, exceptId),
      queryFn: () => api.articles.slugAvailable(slug, exceptId),
      enabled: slug.length > 0,
    }),
};

/**
 * Article copies asked for ahead of the page that shows them: the navigation to an article's page
 * starts fetching it while the page's code downloads, instead of after. Keyed by the navigation's
 * location key, so the page opened by that navigation (and only it) takes the copy as fresh.
 */
const askedAhead = new Map<string, { id: string; at: number }>();
const ASKED_AHEAD_KEEP_MS = 60_000;

export function prefetchArticleFor(client: QueryClient, api: NewsroomApi, id: string, navigationKey: string): void {
  if (askedAhead.has(navigationKey)) return;
  const at = Date.now();
  for (const [key, entry] of askedAhead) if (at - entry.at > ASKED_AHEAD_KEEP_MS) askedAhead.delete(key);
  askedAhead.set(navigationKey, { id, at });
  // staleTime 0: a cached copy does not count, the point is a copy as of this opening.
  void client.prefetchQuery({ ...articleQueries.detail(api, id), staleTime: 0 });
}

/**
 * For the page at `navigationKey` showing article `id`: whether a copy last updated at `updatedAt`
 * is the one its navigation asked for (so as of this opening, not an older cached one).
 */
export function askedAheadFor(navigationKey: string, id: string): (updatedAt: number) => boolean {
  const entry = askedAhead.get(navigationKey);
  const at = entry?.id === id ? entry.at : undefined;
  return (updatedAt) => at !== undefined && updatedAt >= at;
}

/** After a write: the fresh copy goes into the cache, and every list (counts, filters) refetches. */
function storeArticle(client: QueryClient, article: Article) {
  client.setQueryData(articleKeys.detail(article.id), article);
  return client.invalidateQueries({ queryKey: articleKeys.lists() });
}

export type RemoveResult = { id: string; ok: boolean; error?: unknown };

export const articleMutations = {
  create: (api: NewsroomApi) =>
    mutationOptions({
      mutationKey: [...articleKeys.all, 'create'],
      mutationFn: (draft: ArticleDraft) => api.articles.create(draft),
      onSuccess: (article, _v, _r, { client }) => storeArticle(client, article),
    }),
  update: (api: NewsroomApi) =>
    mutationOptions({
      mutationKey: [...articleKeys.all, 'update'],
      mutationFn: ({ id, patch, version }: { id: string; patch: ArticleDraft; version: number }) =>
        api.articles.update(id, patch, version),
      onSuccess: (article, _v, _r, { client }) => storeArticle(client, article),
    }),
  restoreRevision: (api: NewsroomApi) =>
    mutationOptions({
      mutationKey: [...articleKeys.all, 'restoreRevision'],
      mutationFn: ({ id, rev, version }: { id: string; rev: number; version: number }) => api.articles.restoreRevision(id, rev, version),
      onSuccess: (article, _v, _r, { client }) => storeArticle(client, article),
    }),
  transition: (api: NewsroomApi) =>
    mutationOptions({
      mutationKey: [...articleKeys.all, 'transition'],
      mutationFn: ({ id, action, options }: { id: string; action: WorkflowAction; options: TransitionOptions }) =>
        api.articles.transition(id, action, options),
      onSuccess: async (article, _v, _r, { client }) => {
        await storeArticle(client, article);
        await client.invalidateQueries({ queryKey: articleKeys.history(article.id) });
      },
    }),
  /** Deletes each article on its own so one refusal does not hide the others' outcome. */
  removeMany: (api: NewsroomApi) =>
    mutationOptions({
      mutationKey: [...articleKeys.all, 'remove'],
      mutationFn: async (items: { id: string; version: number }[]): Promise<RemoveResult[]> => {
        const settled = await Promise.allSettled(items.map((a) => api.articles.remove(a.id, a.version)));
        return settled.map((s, i) =>
          s.status === 'fulfilled' ? { id: items[i].id, ok: true } : { id: items[i].id, ok: false, error: s.reason },
        );
      },
      onSettled: async (results, _e, _v, _r, { client }) => {
        for (const r of results ?? []) if (r.ok) client.removeQueries({ queryKey: articleKeys.detail(r.id) });
        await Promise.all([
          client.invalidateQueries({ queryKey: articleKeys.lists() }),
          client.invalidateQueries({ queryKey: commentKeys.counts() }),
        ]);
      },
    }),
  addNote: (api: NewsroomApi) =>
    mutationOptions({
      mutationKey: [...articleKeys.all, 'note'],
      mutationFn: ({ id, body }: { id: string; body: string }) => api.articles.addNote(id, body),
      onSuccess: (note, _v, _r, { client }) => client.invalidateQueries({ queryKey: articleKeys.notes(note.articleId) }),
    }),
};
