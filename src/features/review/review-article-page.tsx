import { Anchor, Badge, Grid, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from '@/i18n';
import { useLocation, useParams } from 'react-router';
import { Link } from '@/components/routing/link';
import { articleQueries, askedAheadFor, taxonomyQueries } from '@/api/queries';
import { useApi } from '@/api/react';
import { QueryError } from '@/components/query-error';
import { RelativeTime } from '@/components/relative-time';
import { ArticleView } from '@/components/rich-text/article-view';
import { StatusBadge } from '@/components/status-badge';
import { ReasonNotice } from '@/components/workflow/reason-notice';
import { useUserNames } from '@/components/workflow/use-user-names';
import { ReviewTabs } from '@/components/workflow/review-tabs';
import { WorkflowActions } from '@/components/workflow/workflow-actions';
import { SubmissionDiff } from './submission-diff';

/** `/review/:id`: the article as readers will see it, what changed since last time, and the decision buttons. */
export function ReviewArticlePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['review', 'common']);
  const api = useApi();
  // Others change articles under review (the reporter's fix, a second editor): a copy cached from an
  // earlier visit is shown only until the server has answered again.
  // The navigation that opened the page may have asked already, while the page's code downloaded.
  const askedForThis = askedAheadFor(useLocation().key, id);
  const article = useQuery({
    ...articleQueries.detail(api, id),
    refetchOnMount: (q) => (askedForThis(q.state.dataUpdatedAt) ? false : 'always'),
  });
  const categories = useQuery(taxonomyQueries.categories(api));
  const nameOf = useUserNames();
  useDocumentTitle(`${article.data?.title || t('queue.title')} · ${t('common:appName')}`);

  if (article.isError) return <QueryError error={article.error} onRetry={() => void article.refetch()} retrying={article.isFetching} />;
  if (!article.data) return <Skeleton h={400} role="progressbar" aria-label={t('page.loading')} />;
  const a = article.data;
  const category = categories.data?.find((c) => c.id === a.categoryId)?.name;

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/review" size="sm">
        <Group gap={4} wrap="nowrap">
          <IconArrowLeft size={14} aria-hidden />
          {t('page.back')}
        </Group>
      </Anchor>
      <Stack gap={6}>
        <Group gap="xs">
          <StatusBadge status={a.status} />
          {category && <Badge variant="default" style={{ textTransform: 'none' }}>{category}</Badge>}
          <Text size="sm" c="dimmed">
            {t('page.author', { name: nameOf(a.authorId) })} · {t('page.words', { count: a.wordCount })} ·
          </Text>
          <RelativeTime value={a.updatedAt} c="dimmed" />
        </Group>
        <Title order={1} fz="h2">
          {a.title || t('articles:table.untitled')}
        </Title>
      </Stack>
      <WorkflowActions article={a} hotkeys />
      <ReasonNotice article={a} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Paper withBorder radius="md" p="lg" component="section" aria-label={t('page.asPublished')}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={700} mb="sm">
              {t('page.asPublished')}
            </Text>
            <ArticleView article={{ ...a, date: a.publishedAt ?? a.scheduledAt ?? new Date() }} />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Paper withBorder radius="md" p="lg" component="section" aria-label={t('page.changes')}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={700} mb="sm">
              {t('page.changes')}
            </Text>
            <SubmissionDiff article={a} />
          </Paper>
        </Grid.Col>
      </Grid>
      <ReviewTabs article={a} />
    </Stack>
  );
}
