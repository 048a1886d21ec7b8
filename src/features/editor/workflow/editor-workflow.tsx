import { Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from '@/i18n';
import type { Article } from '@/domain';
import { ReasonNotice } from '@/components/workflow/reason-notice';
import type { SaveEngine } from '../autosave/save-engine';
import type { StatusStore } from '../autosave/status-store';
import { RequeueNotice } from './requeue-notice';
import { WorkflowBar } from './workflow-bar';

type Props = {
  article: Article;
  engine: SaveEngine;
  statusStore: StatusStore;
  readOnly: boolean;
  /** Saving would send the article back to review (see the save engine's confirmation). */
  requeue: boolean;
};

/**
 * The review workflow on the editor page, loaded after the editor is up: status and steps, the reason
 * it came back, the warning before an edit undoes an approval. Renders again only with the article.
 */
export function EditorWorkflow({ article, engine, statusStore, readOnly, requeue }: Props) {
  const { t, ready } = useTranslation(['editor', 'review', 'articles']);
  // A step is taken on the text on screen: what is typed is saved first, on the version it made.
  const prepare = async () => {
    if (readOnly) return article.version;
    await engine.flush();
    if (engine.hasUnsavedChanges()) {
      notifications.show({ color: 'orange', message: t('workflow.mustSaveFirst') });
      return null;
    }
    return engine.currentVersion;
  };
  // Reason codes must not flash as raw ids while the catalog loads.
  if (!ready) return null;
  return (
    <Stack gap="sm" mb="md">
      <WorkflowBar article={article} prepare={prepare} onDone={(updated) => engine.acknowledge(updated)} />
      <ReasonNotice article={article} />
      {requeue && <RequeueNotice status={article.status} store={statusStore} />}
    </Stack>
  );
}
