import { ActionIcon, Alert, Group, Skeleton, Stack, Text, Tooltip } from '@mantine/core';
import { IconKeyboard } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/query-error';
import { useSingleKeyShortcuts } from '@/components/use-single-key-shortcuts';
import type { Comment } from '@/domain';
import { CommenterDrawer } from '../commenter/commenter-drawer';
import { createAnnouncer, LiveRegion } from '../shared/announcer';
import { ThreadDrawer } from '../thread/thread-drawer';
import { NewCommentsBanner } from './new-comments-banner';
import { QueueFilters } from './queue-filters';
import { QueueTabs } from './queue-tabs';
import { QueueWorkspace } from './queue-workspace';
import { createRowNotes } from './row-notes';
import { useCommentQueue } from './use-comment-queue';
import { useModeration } from './use-moderation';
import { ShortcutsModal } from './shortcuts-modal';
import { useQueueParams } from './use-queue-params';

/** The queues: pick, narrow, then work through the list from the keyboard or the row buttons. */
export function ModerationQueue() {
  const { t } = useTranslation('comments');
  const { filter, q, update } = useQueueParams();
  const [announcer] = useState(createAnnouncer);
  const [notes] = useState(createRowNotes);
  const [singleKeys] = useSingleKeyShortcuts();
  const queue = useCommentQueue(filter);
  const moderation = useModeration(announcer, notes, queue.lookup);
  const [thread, setThread] = useState<Comment | null>(null);
  const [commenter, setCommenter] = useState<Comment | null>(null);
  const [help, setHelp] = useState(false);
  const items = queue.items;

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
      <QueueTabs value={filter.queue} onChange={(next) => update({ queue: next })} articleId={filter.articleId}>
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
          <NewCommentsBanner count={queue.newCount} capped={queue.newCapped} loading={queue.reloading} onShow={queue.reload} />
          {queue.query.isError ? (
            <QueryError error={queue.query.error} onRetry={() => void queue.query.refetch()} retrying={queue.query.isFetching} />
          ) : queue.query.isPending ? (
            <Stack gap="xs" aria-busy="true" aria-label={t('list.loading')}>
              {[0, 1, 2, 3].map((i) => (
                <Skeleton key={i} height={140} radius="sm" />
              ))}
            </Stack>
          ) : items.length === 0 ? (
            <Text c="dimmed" ta="center" py="xl">
              {filter.q || filter.articleId ? t('list.noMatch') : t('list.empty')}
            </Text>
          ) : (
            <>
              {queue.total > items.length && (
                <Alert color="gray" variant="light" p="xs">
                  {t('list.partial', { shown: items.length, total: queue.total })}
                </Alert>
              )}
              <QueueWorkspace
                items={items}
                queue={filter.queue}
                moderation={moderation}
                announcer={announcer}
                notes={notes}
                singleKeys={singleKeys}
                covered={Boolean(thread || commenter || help)}
                onThread={setThread}
                onCommenter={setCommenter}
                onHelp={openHelp}
              />
            </>
          )}
        </Stack>
      </QueueTabs>
      <ShortcutsModal opened={help} onClose={closeHelp} singleKeys={singleKeys} />
      <ThreadDrawer comment={thread} onClose={closeThread} onCommenter={commenterFromThread} />
      <CommenterDrawer comment={commenter} onClose={closeCommenter} announce={announcer.announce} />
    </Stack>
  );
}
