import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTimeVN, type Article, type ArticleSummary, type WorkflowAction } from '@/domain';
import { needsDialog, type DialogAction } from './action-meta';
import { describeRefusal } from './refusal';
import { useWorkflowTransition, type TransitionRequest } from './use-workflow-transition';

export type WorkflowRunOptions = {
  onDone?(article: Article, action: WorkflowAction): void;
  /** Where a refusal is told; by default it is kept in `refusal` for the host to show. */
  onRefusal?(message: string): void;
};

/**
 * Taking one step from wherever it is offered (the review desk's buttons, a list row's menu): the
 * steps that need more (a reason, a time) open their dialog first; a refusal is put in words.
 */
export function useWorkflowRun(article: Article | ArticleSummary, { onDone, onRefusal }: WorkflowRunOptions = {}) {
  const { t } = useTranslation(['review', 'articles', 'errors', 'common']);
  const transition = useWorkflowTransition(article);
  const [dialog, setDialog] = useState<DialogAction | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);

  const run = async (request: TransitionRequest) => {
    setRefusal(null);
    try {
      const updated = await transition.run(request);
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
    if (transition.pending) return;
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
    pending: transition.pending,
    pendingAction: transition.pendingAction,
  };
}

export type WorkflowRun = ReturnType<typeof useWorkflowRun>;
