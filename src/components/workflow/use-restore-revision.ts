import { useMutation, useQueryClient } from '@tanstack/react-query';
import { articleKeys, articleMutations } from '@/api/queries';
import { useApi } from '@/api/react';
import type { Article } from '@/domain';

/**
 * Restoring is its own request, not a PATCH of the old text: the server then keeps the text being
 * replaced as a revision even when it is the caller's own edit of a minute ago, so nothing is lost.
 */
export function useRestoreRevision(article: Pick<Article, 'id' | 'version'>) {
  const api = useApi();
  const client = useQueryClient();
  const mutation = useMutation({
    ...articleMutations.restoreRevision(api),
    onSettled: () => client.invalidateQueries({ queryKey: articleKeys.detail(article.id) }),
  });
  const restore = (rev: number) => mutation.mutateAsync({ id: article.id, rev, version: article.version });
  return { restore, pending: mutation.isPending };
}
