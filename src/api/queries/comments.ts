import { keepPreviousData, mutationOptions, queryOptions, type QueryClient } from '@tanstack/react-query';
import type { BulkCommentItem, CommentAction, CommentListQuery, ModerationRule } from '@/domain';
import type { NewsroomApi } from '../port';

export const commentKeys = {
  all: ['comments'] as const,
  lists: () => [...commentKeys.all, 'list'] as const,
  list: (query: CommentListQuery) => [...commentKeys.lists(), query] as const,
  /** Prefix of every count: the newsroom's totals and each article's. */
  counts: () => [...commentKeys.all, 'counts'] as const,
  count: (articleId?: string) => [...commentKeys.counts(), { articleId: articleId ?? null }] as const,
};

export const moderationKeys = {
  all: ['moderation'] as const,
  rules: () => [...moderationKeys.all, 'rules'] as const,
};

export const commentQueries = {
  list: (api: NewsroomApi, query: CommentListQuery) =>
    queryOptions({
      queryKey: commentKeys.list(query),
      queryFn: ({ signal }) => api.comments.list(query, signal),
      placeholderData: keepPreviousData,
    }),
  counts: (api: NewsroomApi, articleId?: string) =>
    queryOptions({
      queryKey: commentKeys.count(articleId),
      queryFn: () => api.comments.counts(articleId),
    }),
  rules: (api: NewsroomApi) =>
    queryOptions({ queryKey: moderationKeys.rules(), queryFn: () => api.moderation.rules() }),
};

/** Moderating moves comments between queues: every list and every count is stale afterwards. */
const invalidateComments = (client: QueryClient) => client.invalidateQueries({ queryKey: commentKeys.all });

export const commentMutations = {
  act: (api: NewsroomApi) =>
    mutationOptions({
      mutationKey: [...commentKeys.all, 'act'],
      mutationFn: ({ id, action, version }: { id: string; action: CommentAction; version: number }) =>
        api.comments.act(id, action, version),
      onSettled: (_d, _e, _v, _r, { client }) => invalidateComments(client),
    }),
  bulk: (api: NewsroomApi) =>
    mutationOptions({
      mutationKey: [...commentKeys.all, 'bulk'],
      mutationFn: ({ items, action }: { items: BulkCommentItem[]; action: CommentAction }) => api.comments.bulk(items, action),
      onSettled: (_d, _e, _v, _r, { client }) => invalidateComments(client),
    }),
  reply: (api: NewsroomApi) =>
    mutationOptions({
      mutationKey: [...commentKeys.all, 'reply'],
      mutationFn: ({ id, body }: { id: string; body: string }) => api.comments.reply(id, body),
      onSuccess: (_d, _v, _r, { client }) => invalidateComments(client),
    }),
  saveRules: (api: NewsroomApi) =>
    mutationOptions({
      mutationKey: [...moderationKeys.all, 'save'],
      mutationFn: (rules: ModerationRule[]) => api.moderation.saveRules(rules),
      onSuccess: (rules, _v, _r, { client }) => client.setQueryData(moderationKeys.rules(), rules),
    }),
};
