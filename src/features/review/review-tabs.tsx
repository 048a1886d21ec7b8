import { Group, Tabs } from '@mantine/core';
import { IconHistory, IconMessages, IconVersions } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { HistoryTimeline } from '@/components/workflow/history-timeline';
import { NotesThread } from '@/components/workflow/notes-thread';
import { NotesUnreadBadge } from '@/components/workflow/notes-unread-badge';
import { RevisionsPanel } from '@/components/workflow/revisions-panel';
import type { Article } from '@/domain';

/** History, revisions and notes of the article under review; a panel mounts only when opened, so reading notes marks them read. */
export function ReviewTabs({ article }: { article: Article }) {
  const { t } = useTranslation('review');
  return (
    <Tabs defaultValue="history" keepMounted={false}>
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
