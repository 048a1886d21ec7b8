import { ActionIcon, Group, Stack, Tooltip } from '@mantine/core';
import { IconKeyboard } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from '@/i18n';
import { useSingleKeyShortcuts } from '@/components/use-single-key-shortcuts';
import type { Comment, CommentQueue } from '@/domain';
import { CommenterDrawer } from '../commenter/commenter-drawer';
import { createAnnouncer, LiveRegion } from '../shared/announcer';
import { ThreadDrawer } from '../thread/thread-drawer';
import { QueueBody } from './queue-body';
import { QueueFilters } from './queue-filters';
import { QueueTabs } from './queue-tabs';
import { createRowNotes } from './row-notes';
import { ShortcutsModal } from './shortcuts-modal';
import { useQueueParams } from './use-queue-params';

/** The queues: pick, narrow, then work through the list from the keyboard or the row buttons. */
export function ModerationQueue() {
  const { t } = useTranslation('comments');
  const { filter, q, update } = useQueueParams();
  const [announcer] = useState(createAnnouncer);
  const [notes] = useState(createRowNotes);
  const [singleKeys] = useSingleKeyShortcuts();
  const [thread, setThread] = useState<Comment | null>(null);
  const [commenter, setCommenter] = useState<Comment | null>(null);
  const [help, setHelp] = useState(false);

  const onQueue = useCallback((next: CommentQueue) => update({ queue: next }), [update]);
  const onArticle = useCallback((article: string | undefined) => update({ article }), [update]);
  const onSearch = useCallback((next: string) => update({ q: next }), [update]);
  const closeThread = useCallback(() => setThread(null), []);
  const openHelp = useCallback(() => setHelp(true), []);
  const closeHelp = useCallback(() => setHelp(false), []);
  const closeCommenter = useCallback(() => setCommenter(null), []);
  const commenterFromThread = useCallback((c: Comment) => {
    setThread(null);
    setCommenter(c);
  }, []);

  return (
    <Stack gap="sm">
      <LiveRegion announcer={announcer} />
      <QueueTabs value={filter.queue} onChange={onQueue} articleId={filter.articleId}>
        <Stack gap="sm">
          <Group align="flex-end" gap="sm" wrap="nowrap">
            <div style={{ flex: 1 }}>
              <QueueFilters articleId={filter.articleId} q={q} onArticle={onArticle} onSearch={onSearch} />
            </div>
            <Tooltip label={t('shortcuts.open')}>
              <ActionIcon variant="default" size="lg" aria-label={t('shortcuts.open')} aria-keyshortcuts={singleKeys ? '?' : undefined} onClick={openHelp}>
                <IconKeyboard size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
          </Group>
          <QueueBody
            filter={filter}
            announcer={announcer}
            notes={notes}
            singleKeys={singleKeys}
            covered={Boolean(thread || commenter || help)}
            onThread={setThread}
            onCommenter={setCommenter}
            onHelp={openHelp}
          />
        </Stack>
      </QueueTabs>
      <ShortcutsModal opened={help} onClose={closeHelp} singleKeys={singleKeys} />
      <ThreadDrawer comment={thread} onClose={closeThread} onCommenter={commenterFromThread} />
      <CommenterDrawer comment={commenter} onClose={closeCommenter} announce={announcer.announce} />
    </Stack>
  );
}
