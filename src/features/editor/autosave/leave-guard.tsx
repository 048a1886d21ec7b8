import { Button, Group, Modal, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import type { SaveEngine } from './save-engine';

/** Asks before leaving with unsaved changes: in-app navigation via the router, tab close via the browser. */
export function LeaveGuard({ engine }: { engine: SaveEngine }) {
  const { t } = useTranslation('editor');
  const blocker = useBlocker(
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
  if (blocker.state !== 'blocked') return null;
  return (
    <Modal opened onClose={() => blocker.reset()} title={t('leave.title')}>
      <Text size="sm">{t('leave.body')}</Text>
      <Group justify="flex-end" mt="md" gap="xs">
        <Button variant="default" onClick={() => blocker.reset()}>
          {t('leave.stay')}
        </Button>
        <Button color="red" onClick={() => blocker.proceed()}>
          {t('leave.leave')}
        </Button>
      </Group>
    </Modal>
  );
}
