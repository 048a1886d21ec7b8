import { Button, Drawer, Group } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from '@/i18n';
import type { Article } from '@/domain';
import { StatusBadge } from '@/components/status-badge';
import { NotesUnreadBadge } from '@/components/workflow/notes-unread-badge';
import { ReviewTabs } from '@/components/workflow/review-tabs';
import { useNotesUnread } from '@/components/workflow/use-notes-unread';
import { WorkflowActions } from '@/components/workflow/workflow-actions';

type Props = {
  article: Article;
  /** Saves pending text and answers the version a step applies to (`null`: not saved, call it off). */
  prepare(): Promise<number | null>;
  onDone(article: Article): void;
};

/**
 * Where the article stands and the steps this person may take from here, as on the review desk; the
 * editor offers "submit" itself. History, revisions and the notes thread open in a side drawer.
 */
export function WorkflowBar({ article, prepare, onDone }: Props) {
  const { t } = useTranslation('editor');
  const [opened, setOpened] = useState(false);
  const { unread } = useNotesUnread(article.id);
  // Opened on the notes when some are new, since that is what the badge invited them to read.
  const [tab, setTab] = useState<'history' | 'notes'>('history');
  const open = () => {
    setTab(unread > 0 ? 'notes' : 'history');
    setOpened(true);
  };
  return (
    <>
      <Group gap="xs" wrap="wrap" align="center">
        <Group gap={6} role="group" aria-label={t('workflow.status')}>
          <StatusBadge status={article.status} />
        </Group>
        <WorkflowActions article={article} exclude={['submit']} prepare={prepare} onDone={onDone} />
        <Button variant="default" size="sm" leftSection={<IconHistory size={16} aria-hidden />} rightSection={<NotesUnreadBadge articleId={article.id} />} onClick={open}>
          {t('workflow.panel')}
        </Button>
      </Group>
      <Drawer opened={opened} onClose={() => setOpened(false)} position="right" size="lg" title={t('workflow.panelTitle')}>
        <ReviewTabs article={article} defaultTab={tab} />
      </Drawer>
    </>
  );
}
