import { Skeleton } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '@/i18n';
import { articleQueries } from '@/api/queries';
import { useApi } from '@/api/react';
import { ArticleDiff } from '@/components/diff/article-diff';
import { QueryError } from '@/components/query-error';

/** Two stored revisions of one article, the older on the left of the comparison. */
export function RevisionCompare({ articleId, from, to }: { articleId: string; from: number; to: number }) {
  const { t } = useTranslation('review');
  const api = useApi();
  const before = useQuery(articleQueries.revision(api, articleId, Math.min(from, to)));
  const after = useQuery(articleQueries.revision(api, articleId, Math.max(from, to)));
  const failed = before.error ?? after.error;
  if (failed) return <QueryError error={failed} onRetry={() => void Promise.all([before.refetch(), after.refetch()])} />;
  if (!before.data || !after.data) return <Skeleton h={160} role="progressbar" aria-label={t('revisions.loading')} />;
  return <ArticleDiff before={before.data} after={after.data} />;
}
