import { Alert, Anchor, Badge, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from '@/i18n';
import { Link } from '@/components/routing/link';
import { statsQueries } from '@/api/queries';
import { useApi } from '@/api/react';
import { useBackgroundQuery } from '@/components/use-background-query';
import { QueryError } from '@/components/query-error';

const HOURS = 24;
const SHOWN = 5;

/** The articles whose comments grow fastest: received in the last 24 h against the 24 h before. */
export function CommentTrendsPanel() {
  const { t, i18n } = useTranslation('dashboard');
  const api = useApi();
  const supported = Boolean(api.capabilities.commentTrends && api.comments.trending);
  const trends = useBackgroundQuery({ ...statsQueries.commentTrends(api, HOURS, SHOWN), enabled: supported });
  const headingId = useId();
  const number = new Intl.NumberFormat(i18n.language);

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={headingId} maw={720}>
      <Title order={3} size="h5" id={headingId}>
        {t('trends.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('trends.definition', { hours: HOURS })}
      </Text>
      {!supported ? (
        <Alert color="gray">{t('trends.unsupported')}</Alert>
      ) : trends.isError ? (
        <QueryError error={trends.error} onRetry={() => trends.refetch()} retrying={trends.isFetching} />
      ) : trends.isPending ? (
        <Skeleton height={120} />
      ) : trends.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('trends.empty')}
        </Text>
      ) : (
        <Stack gap="xs" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
          {trends.data.items.map((item) => (
            <Group key={item.articleId} component="li" justify="space-between" wrap="nowrap" gap="sm">
              <Anchor component={Link} to={`/comments?article=${encodeURIComponent(item.articleId)}`} size="sm" lineClamp={1} style={{ flex: 1 }}>
                {item.articleTitle || t('untitled')}
              </Anchor>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {t('trends.counts', { recent: number.format(item.recent), previous: number.format(item.previous) })}
              </Text>
              <Badge color="teal" variant="light" style={{ textTransform: 'none' }}>
                {t('trends.growth', { growth: number.format(item.recent - item.previous) })}
              </Badge>
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}
