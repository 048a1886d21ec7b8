import { Badge, Group, Skeleton, Text, Timeline } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from '@/i18n';
import { articleQueries } from '@/api/queries';
import { useApi } from '@/api/react';
import { QueryError } from '@/components/query-error';
import { StatusBadge } from '@/components/status-badge';
import { formatDateTimeVN, workflowActionSchema, type Article } from '@/domain';
import { useUserNames } from './use-user-names';

/** Every step the article went through, oldest first: who, when, from → to, and what they said. */
export function HistoryTimeline({ article }: { article: Pick<Article, 'id' | 'updatedAt'> }) {
  const { t } = useTranslation('review');
  const api = useApi();
  const history = useQuery(articleQueries.history(api, article));
  const nameOf = useUserNames();

  if (history.isPending) return <Skeleton h={120} role="progressbar" aria-label={t('history.loading')} />;
  if (history.isError) return <QueryError error={history.error} onRetry={() => void history.refetch()} retrying={history.isFetching} />;
  if (history.data.length === 0) return <Text c="dimmed">{t('history.empty')}</Text>;

  const entries = [...history.data].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const actionLabel = (action: string) =>
    workflowActionSchema.safeParse(action).success ? t(`actions.${action}`) : t(`history.action.${action}`, { defaultValue: action });

  return (
    <Timeline active={entries.length - 1} bulletSize={14} lineWidth={2} aria-label={t('history.title')}>
      {entries.map((entry) => (
        <Timeline.Item
          key={entry.id}
          title={
            <Group gap={6} wrap="wrap">
              <Text fw={600} size="sm">
                {actionLabel(entry.action)}
              </Text>
              <Text size="sm" c="dimmed">
                · {nameOf(entry.by)}
              </Text>
            </Group>
          }
        >
          <Text size="xs" c="dimmed" component="time" dateTime={entry.at}>
            {formatDateTimeVN(entry.at)}
          </Text>
          <Group gap={6} mt={4} wrap="wrap" role="group" aria-label={t('history.transition')}>
            {entry.from ? <StatusBadge status={entry.from} /> : <Text size="xs">{t('history.none')}</Text>}
            <IconArrowRight size={14} aria-label={t('history.to')} />
            <StatusBadge status={entry.to} />
          </Group>
          {entry.reasonCodes.length > 0 && (
            <Group gap={4} mt={4}>
              {entry.reasonCodes.map((code) => (
                <Badge key={code} size="xs" variant="outline" color="orange" style={{ textTransform: 'none' }}>
                  {t(`articles:reasons.${code}`, { defaultValue: code })}
                </Badge>
              ))}
            </Group>
          )}
          {entry.note && (
            <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
              {entry.note}
            </Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
