import { useMutation, useQueryClient } from '@tanstack/react-query';
import { articleKeys, articleMutations, articleQueries } from '@/api/queries';
import { useApi } from '@/api/react';
import type { Article } from '@/domain';

/**
 * Restoring writes the old title, sapo and body on top of the current version: the server keeps it
 * as a new revision, so the text being replaced stays in the list too and nothing is lost.
 */
export function useRestoreRevision(article: Pick<Article, 'id' | 'version'>) {
  const api = useApi();
  const client = useQueryClient();
  const update = useMutation({
    ...articleMutations.update(api),
    onSettled: () => client.invalidateQueries({ queryKey: articleKeys.detail(article.id) }),
  });
  const restore = async (rev: number) => {
    const old = await client.fetchQuery(articleQueries.revision(api, article.id, rev));
    return update.mutateAsync({ id: article.id, patch: { title: old.title, sapo: old.sapo, body: old.body }, version: article.version });
  };
  return { restore, pending: update.isPending };
}
