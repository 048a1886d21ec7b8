import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from '@/i18n';
import { formatDuration } from '@/components/format-relative';
import { useNow } from '@/components/use-now';
import type { ArticleStatus, ArticleSummary, ListResult } from '@/domain';
import { ArticlePanel } from './article-panel';
import { StatusHistoryPanel } from './status-history-panel';
import { startOfVietnamDay } from './today';

// The list API has no date filters or publishedAt/scheduledAt sorts, so these panels read a
// generous page and narrow it here; a newsroom schedules and publishes far fewer a day than this.
const WIDE = 100;

const publishedToday = (r: ListResult<ArticleSummary>): ListResult<ArticleSummary> => {
  const since = startOfVietnamDay();
  const items = r.items.filter((a) => a.publishedAt && Date.parse(a.publishedAt) >= since);
  return { items, total: items.length };
};

const DAY = 24 * 60 * 60_000;

/** Vietnam keeps no daylight saving time, so its day is always 24 hours from its midnight. */
const scheduledToday = (r: ListResult<ArticleSummary>): ListResult<ArticleSummary> => {
  const since = startOfVietnamDay();
  const items = r.items
    .filter((a) => a.scheduledAt && Date.parse(a.scheduledAt) >= since && Date.parse(a.scheduledAt) < since + DAY)
    .sort((a, b) => Date.parse(a.scheduledAt!) - Date.parse(b.scheduledAt!));
  return { items, total: items.length };
};

/** What waits on the editor-in-chief, and what the portal publishes today. */
export function EditorSection({ statuses }: { statuses: readonly ArticleStatus[] }) {
  const { t, i18n } = useTranslation('dashboard');
  const now = useNow();

  const oldestWait = (r: ListResult<ArticleSummary>) =>
    r.items[0] && (
      <Text size="sm" c="dimmed">
        {t('editor.oldestWait', { duration: formatDuration(now - Date.parse(r.items[0].submittedAt ?? r.items[0].updatedAt), i18n.language) })}
      </Text>
    );

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        <ArticlePanel
          title={t('editor.waiting')}
          query={{ page: 1, pageSize: 5, sort: 'submittedAt:asc', status: ['in_review'] }}
          to="/review"
          empty={t('editor.waitingEmpty')}
          summary={oldestWait}
        />
        {statuses.includes('scheduled') && (
          <ArticlePanel
            title={t('editor.scheduled')}
            query={{ page: 1, pageSize: WIDE, sort: 'updatedAt:desc', status: ['scheduled'] }}
            select={scheduledToday}
            to="/articles?status=scheduled"
            empty={t('editor.scheduledEmpty')}
            row={{ date: (a) => a.scheduledAt }}
          />
        )}
        <ArticlePanel
          title={t('editor.publishedToday')}
          query={{ page: 1, pageSize: WIDE, sort: 'updatedAt:desc', status: ['published'] }}
          select={publishedToday}
          to="/articles?status=published"
          empty={t('editor.publishedTodayEmpty')}
          row={{ date: (a) => a.publishedAt }}
        />
      </SimpleGrid>
      <StatusHistoryPanel statuses={statuses} />
    </Stack>
  );
}
