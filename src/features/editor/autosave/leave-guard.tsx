import { Button, Group, Modal, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from '@/i18n';
import { useLeaveBlocker } from '@/components/routing/use-leave-blocker';
import type { SaveEngine } from './save-engine';

/**
 * Asks before leaving with unsaved changes: links, `navigate()` and back/forward through the app's
 * history, tab close through the browser.
 */
export function LeaveGuard({ engine }: { engine: SaveEngine }) {
  const { t } = useTranslation('editor');
  const held = useLeaveBlocker(
    ({ currentLocation, nextLocation }) =>
      currentLocation.pathname !== nextLocation.pathname &&
      // The move from /articles/new to the created article's address is not leaving.
      nextLocation.pathname !== `/articles/${engine.articleId}/edit` &&
      engine.hasUnsavedChanges(),
  );
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!engine.hasUnsavedChanges()) return;
      void engine.flush();
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [engine]);
  if (!held) return null;
  return (
    <Modal opened onClose={() => held.reset()} title={t('leave.title')}>
      <Text size="sm">{t('leave.body')}</Text>
      <Group justify="flex-end" mt="md" gap="xs">
        <Button variant="default" onClick={() => held.reset()}>
          {t('leave.stay')}
        </Button>
        <Button color="red" onClick={() => held.proceed()}>
          {t('leave.leave')}
        </Button>
      </Group>
    </Modal>
  );
}
