import { Group, Tabs } from '@mantine/core';
import { IconHistory, IconMessages, IconVersions } from '@tabler/icons-react';
import { useTranslation } from '@/i18n';
import type { Article } from '@/domain';
import { HistoryTimeline } from './history-timeline';
import { NotesThread } from './notes-thread';
import { NotesUnreadBadge } from './notes-unread-badge';
import { RevisionsPanel } from './revisions-panel';

export type ReviewTab = 'history' | 'revisions' | 'notes';

/**
 * History, revisions and notes of one article, on the review desk and in the editor's panel; a panel
 * mounts only when opened, so reading notes marks them read.
 */
export function ReviewTabs({ article, defaultTab = 'history' }: { article: Article; defaultTab?: ReviewTab }) {
  const { t } = useTranslation('review');
  return (
    <Tabs defaultValue={defaultTab} keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="history" leftSection={<IconHistory size={16} aria-hidden />}>
          {t('history.title')}
        </Tabs.Tab>
        <Tabs.Tab value="revisions" leftSection={<IconVersions size={16} aria-hidden />}>
          {t('revisions.title')}
        </Tabs.Tab>
        <Tabs.Tab value="notes" leftSection={<IconMessages size={16} aria-hidden />}>
          <Group gap={6} wrap="nowrap">
            {t('notes.title')}
            <NotesUnreadBadge articleId={article.id} />
          </Group>
        </Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="history" pt="md">
        <HistoryTimeline article={article} />
      </Tabs.Panel>
      <Tabs.Panel value="revisions" pt="md">
        <RevisionsPanel article={article} />
      </Tabs.Panel>
      <Tabs.Panel value="notes" pt="md">
        <NotesThread articleId={article.id} />
      </Tabs.Panel>
    </Tabs>
  );
}
