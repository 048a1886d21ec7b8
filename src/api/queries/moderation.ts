import { keepPreviousData, mutationOptions, queryOptions, type QueryClient } from '@tanstack/react-query';
import type { AuditQuery, BanInput, Comment, CommenterFilter, CommenterHistory, CommentQueue, ModerationRule } from '@/domain';
import { ApiError } from '../errors';
import type { NewsroomApi } from '../port';
import { commentKeys, moderationKeys } from './comments';

/** One queue as a moderator works it: the queue, narrowed by article and by a search. */
export type QueueFilter = { queue: CommentQueue; articleId?: string; q?: string };

/**
 * The whole queue comes in one request (the contract allows 20,000 a page): a moderator's working
 * set must not shift while pages arrive, and 10,000 comments parse in well under a second.
 */
export const QUEUE_LIMIT = 20_000;
export const QUEUE_LOADED_MARK = 'comments:queue-loaded';
/** How far back the "new comments" poll looks. */
export const ARRIVALS_WINDOW = 100;
/** The sample a rule being edited is tried on. */
export const RULE_PREVIEW_SAMPLE = 1000;
/** Comments of one article shown as a thread. */
const THREAD_LIMIT = 2000;

export const moderationQueryKeys = {
  queues: () => [...commentKeys.all, 'queue'] as const,
  queue: (filter: QueueFilter) => [...moderationQueryKeys.queues(), filter] as const,
  arrivals: (filter: QueueFilter) => [...commentKeys.all, 'arrivals', filter] as const,
  threads: () => [...commentKeys.all, 'thread'] as const,
  thread: (articleId: string) => [...moderationQueryKeys.threads(), articleId] as const,
  commenters: () => [...commentKeys.all, 'commenter'] as const,
  commenter: (filter: CommenterFilter) => [...moderationQueryKeys.commenters(), commenterFilter(filter)] as const,
  recent: () => [...commentKeys.all, 'recent'] as const,
  audits: () => [...moderationKeys.all, 'audit'] as const,
  audit: (query: AuditQuery) => [...moderationQueryKeys.audits(), query] as const,
  bans: () => [...moderationKeys.all, 'bans'] as const,
};

/** A reader is known by their email when they gave one, else by the hash of their IP. */
export function commenterFilter(filter: { email?: string | null; ipHash?: string | null }): CommenterFilter {
  return filter.email ? { email: filter.email } : { ipHash: filter.ipHash ?? '' };
}

function unsupported(what: string): never {
  throw new ApiError({ kind: 'validation', status: 501, code: 'not_supported', message: `This backend has no ${what}.` });
}

export const moderationQueries = {
  /** Never refetched behind the moderator's back: new arrivals wait behind a banner (see `arrivals`). */
  queue: (api: NewsroomApi, filter: QueueFilter) =>
    queryOptions({
      queryKey: moderationQueryKeys.queue(filter),
      queryFn: async ({ signal }) => {
        const result = await api.comments.list({ ...filter, page: 1, pageSize: QUEUE_LIMIT }, signal);
        // A User Timing mark, so the benchmark can time the first render from the data in hand.
        globalThis.performance?.mark?.(QUEUE_LOADED_MARK);
        return result;
      },
      // Rows are memoised by identity and edits replace single comments: deep-comparing 10,000
      // comments on every decision would cost more than it saves.
      structuralSharing: false,
      staleTime: Infinity,
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
    }),
  /** The newest comments of the queue, polled to tell how many arrived since the list was loaded. */
  arrivals: (api: NewsroomApi, filter: QueueFilter) =>
    queryOptions({
      queryKey: moderationQueryKeys.arrivals(filter),
      queryFn: ({ signal }) => api.comments.list({ ...filter, page: 1, pageSize: ARRIVALS_WINDOW, sort: 'createdAt:desc' }, signal),
      staleTime: 0,
    }),
  thread: (api: NewsroomApi, articleId: string) =>
    queryOptions({
      queryKey: moderationQueryKeys.thread(articleId),
      queryFn: ({ signal }) => api.comments.list({ articleId, page: 1, pageSize: THREAD_LIMIT, sort: 'createdAt:asc' }, signal),
    }),
  /** One reader's comments; rows ask for it lazily and many rows share one reader, so it is kept a while. */
  commenter: (api: NewsroomApi, filter: CommenterFilter) =>
    queryOptions({
      queryKey: moderationQueryKeys.commenter(filter),
      queryFn: ({ signal }): Promise<CommenterHistory> =>
        api.comments.history ? api.comments.history(commenterFilter(filter), signal) : unsupported('commenter history'),
      staleTime: 5 * 60_000,
      enabled: Boolean(api.comments.history && (filter.email || filter.ipHash)),
    }),
  /** The last comments of every status, newest first: what a rule being edited is tried on. */
  recent: (api: NewsroomApi) =>
    queryOptions({
      queryKey: moderationQueryKeys.recent(),
      queryFn: ({ signal }) => api.comments.list({ page: 1, pageSize: RULE_PREVIEW_SAMPLE, sort: 'createdAt:desc' }, signal),
      staleTime: 5 * 60_000,
    }),
  audit: (api: NewsroomApi, query: AuditQuery) =>
    queryOptions({
      queryKey: moderationQueryKeys.audit(query),
      queryFn: ({ signal }) => (api.moderation.audit ? api.moderation.audit(query, signal) : unsupported('audit log')),
      placeholderData: keepPreviousData,
      enabled: Boolean(api.moderation.audit),
    }),
  bans: (api: NewsroomApi) =>
    queryOptions({
      queryKey: moderationQueryKeys.bans(),
      queryFn: () => (api.moderation.bans ? api.moderation.bans() : unsupported('bans')),
      enabled: Boolean(api.moderation.bans),
    }),
};

/**
 * After a decision: the counts, the audit log and the reader's history are stale; the queue is not
 * refetched (the feature writes the server's copy into it) so the list does not move.
 */
export function afterModeration(
  client: QueryClient,
  comments: readonly Pick<Comment, 'email' | 'ipHash' | 'articleId'>[] | 'all',
  { totals = true, quiet = false }: { totals?: boolean; quiet?: boolean } = {},
) {
  if (totals) {
    void client.invalidateQueries({ queryKey: commentKeys.counts() });
    void client.invalidateQueries({ queryKey: moderationQueryKeys.audits() });
    void client.invalidateQueries({ queryKey: moderationQueryKeys.recent() });
  }
  // Quiet: the caller already wrote the decision into these caches; refetch them when next shown.
  const refetchType = quiet ? 'none' : 'active';
  if (comments === 'all') {
    void client.invalidateQueries({ queryKey: moderationQueryKeys.commenters(), refetchType });
    void client.invalidateQueries({ queryKey: moderationQueryKeys.threads(), refetchType });
    return;
  }
  const seen = new Set<string>();
  for (const c of comments) {
    const key = moderationQueryKeys.commenter({ email: c.email, ipHash: c.ipHash });
    const id = JSON.stringify(key);
    if (!seen.has(id)) void client.invalidateQueries({ queryKey: key, refetchType });
    seen.add(id);
    if (!seen.has(c.articleId)) void client.invalidateQueries({ queryKey: moderationQueryKeys.thread(c.articleId), refetchType });
    seen.add(c.articleId);
  }
}

export const moderationMutations = {
  reply: (api: NewsroomApi) =>
    mutationOptions({
      mutationKey: [...commentKeys.all, 'reply'],
      mutationFn: ({ id, body }: { id: string; body: string }) => api.comments.reply(id, body),
      onSuccess: (comment, _v, _r, { client }) => afterModeration(client, [comment]),
    }),
  ban: (api: NewsroomApi) =>
    mutationOptions({
      mutationKey: [...moderationKeys.all, 'ban'],
      mutationFn: (input: BanInput) => (api.moderation.ban ? api.moderation.ban(input) : unsupported('bans')),
      onSuccess: (_ban, _v, _r, { client }) => {
        void client.invalidateQueries({ queryKey: moderationQueryKeys.bans() });
        // The ban rejected the reader's pending comments, wherever they were.
        afterModeration(client, 'all');
      },
    }),
  unban: (api: NewsroomApi) =>
    mutationOptions({
      mutationKey: [...moderationKeys.all, 'unban'],
      mutationFn: (id: string) => (api.moderation.unban ? api.moderation.unban(id) : unsupported('bans')),
      onSuccess: (_d, _v, _r, { client }) => client.invalidateQueries({ queryKey: moderationQueryKeys.bans() }),
    }),
  saveRules: (api: NewsroomApi) =>
    mutationOptions({
      mutationKey: [...moderationKeys.all, 'save'],
      mutationFn: (rules: ModerationRule[]) => api.moderation.saveRules(rules),
      onSuccess: (rules, _v, _r, { client }) => {
        client.setQueryData(moderationKeys.rules(), rules);
        // Saving rules re-flags every comment on the server.
        void client.invalidateQueries({ queryKey: moderationQueryKeys.recent() });
      },
    }),
};
