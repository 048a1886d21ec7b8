import { Skeleton, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '@/i18n';
import { articleQueries } from '@/api/queries';
import { useApi } from '@/api/react';
import { ArticleDiff } from '@/components/diff/article-diff';
import { QueryError } from '@/components/query-error';
import { formatDateTimeVN, type Article } from '@/domain';
import { findBaseline } from './baseline';

/** The text under review against what the editor-in-chief saw last time (or approved), word by word. */
export function SubmissionDiff({ article }: { article: Article }) {
  const { t } = useTranslation('review');
  const api = useApi();
  const history = useQuery(articleQueries.history(api, article));
  const revisions = useQuery({ ...articleQueries.revisions(api, article), enabled: api.capabilities.revisions });
  const baseline = history.data && revisions.data ? findBaseline(history.data, revisions.data) : null;
  const rev = baseline && 'rev' in baseline ? baseline.rev : null;
  const previous = useQuery({ ...articleQueries.revision(api, article.id, rev ?? 0), enabled: rev !== null });

  if (!api.capabilities.revisions) return <Text c="dimmed">{t('revisions.unsupported')}</Text>;
  const failed = history.error ?? revisions.error ?? previous.error;
  if (failed) return <QueryError error={failed} onRetry={() => void Promise.all([history.refetch(), revisions.refetch(), previous.refetch()])} />;
  if (!baseline) return <Skeleton h={200} role="progressbar" aria-label={t('page.loadingDiff')} />;
  if (baseline.kind === 'first_submission') return <Text c="dimmed">{t('page.firstSubmission')}</Text>;
  if (baseline.kind === 'missing') return <Text c="dimmed">{t('page.noBaseline', { time: formatDateTimeVN(baseline.at) })}</Text>;
  if (!previous.data) return <Skeleton h={200} role="progressbar" aria-label={t('page.loadingDiff')} />;

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t(`page.against.${baseline.kind}`, { time: formatDateTimeVN(baseline.at), rev: baseline.rev })}
      </Text>
      <ArticleDiff before={previous.data} after={article} />
    </Stack>
  );
}
