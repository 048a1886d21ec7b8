import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from '@/i18n';
import { formatDateTimeVN, type Article, type ArticleSummary, type WorkflowAction } from '@/domain';
import { needsDialog, type DialogAction } from './action-meta';
import { describeRefusal } from './refusal';
import { useWorkflowTransition, type TransitionRequest } from './use-workflow-transition';

export type WorkflowRunOptions = {
  /**
   * Runs before the step is sent (the editor saves pending text here) and answers the version the step
   * applies to, or `null` to call it off.
   */
  prepare?(): Promise<number | null>;
  onDone?(article: Article, action: WorkflowAction): void;
  /** Where a refusal is told; by default it is kept in `refusal` for the host to show. */
  onRefusal?(message: string): void;
};

/**
 * Taking one step from wherever it is offered (the review desk's buttons, a list row's menu): the
 * steps that need more (a reason, a time) open their dialog first; a refusal is put in words.
 */
export function useWorkflowRun(article: Article | ArticleSummary, { prepare, onDone, onRefusal }: WorkflowRunOptions = {}) {
  const { t } = useTranslation(['review', 'articles', 'errors', 'common']);
  const transition = useWorkflowTransition(article);
  const [dialog, setDialog] = useState<DialogAction | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  // The host's preparation (a save) comes before the request: the buttons wait for both.
  const [preparing, setPreparing] = useState<WorkflowAction | null>(null);
  const pending = transition.pending || preparing !== null;

  const run = async (request: TransitionRequest) => {
    setRefusal(null);
    try {
      let version: number | null = article.version;
      if (prepare) {
        setPreparing(request.action);
        version = await prepare().finally(() => setPreparing(null));
      }
      if (version === null) {
        setDialog(null);
        return;
      }
      const updated = await transition.run(request, version);
      setDialog(null);
      const time = updated.scheduledAt ? formatDateTimeVN(updated.scheduledAt) : '';
      notifications.show({ color: 'teal', message: t(`done.${request.action}`, { time }) });
      onDone?.(updated, request.action);
    } catch (error) {
      setDialog(null);
      const { message } = describeRefusal(t, error);
      if (onRefusal) onRefusal(message);
      else setRefusal(message);
    }
  };
  const start = (action: WorkflowAction) => {
    if (pending) return;
    if (needsDialog(action)) setDialog(action);
    else void run({ action });
  };

  return {
    start,
    run,
    dialog,
    closeDialog: () => setDialog(null),
    refusal,
    clearRefusal: () => setRefusal(null),
    pending,
    pendingAction: preparing ?? transition.pendingAction,
  };
}

export type WorkflowRun = ReturnType<typeof useWorkflowRun>;
