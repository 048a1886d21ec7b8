import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TransitionOptions } from '@/api/port';
import { articleKeys, articleMutations } from '@/api/queries';
import { useApi } from '@/api/react';
import type { Article, WorkflowAction } from '@/domain';
import { describeRefusal } from './refusal';
import { useTranslation } from '@/i18n';

export type TransitionRequest = { action: WorkflowAction; options?: Omit<TransitionOptions, 'version'> };

/**
 * One workflow step on one article, always on the version on screen. Success or refusal, everything
 * hanging off the article (history, revisions, lists) is refetched; a refusal that carries the
 * server's copy puts that copy on screen at once, so the buttons match the new state.
 */
export function useWorkflowTransition(article: Pick<Article, 'id' | 'version'>) {
  const api = useApi();
  const client = useQueryClient();
  const { t } = useTranslation(['review', 'articles', 'errors']);
  const mutation = useMutation({
    ...articleMutations.transition(api),
    onSettled: async (_data, error) => {
      if (error) {
        const { current } = describeRefusal(t, error);
        if (current?.id === article.id) client.setQueryData(articleKeys.detail(article.id), current);
      }
      await Promise.all([
        client.invalidateQueries({ queryKey: articleKeys.detail(article.id) }),
        client.invalidateQueries({ queryKey: articleKeys.lists() }),
      ]);
    },
  });
  /** `version` overrides the one on screen: the editor's own saves move it on without a refetch. */
  const run = ({ action, options }: TransitionRequest, version = article.version) =>
    mutation.mutateAsync({ id: article.id, action, options: { ...options, version } });
  return { run, pending: mutation.isPending, pendingAction: mutation.isPending ? mutation.variables?.action : undefined, error: mutation.error, reset: mutation.reset };
}
