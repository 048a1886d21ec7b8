import { Alert, Button, Group, Tooltip, type MantineSize } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '@/api/react';
import { useCurrentUser } from '@/api/session';
import { formatDateTimeVN, type Article, type ArticleSummary, type User, type WorkflowAction } from '@/domain';
import { actionMeta, hotkeyLabel, needsDialog, type DialogAction } from './action-meta';
import { describeRefusal } from './refusal';
import { ReasonDialog, type ReasonInput } from './reason-dialog';
import { ScheduleDialog } from './schedule-dialog';
import { offeredActions } from './offered-actions';
import { useWorkflowTransition, type TransitionRequest } from './use-workflow-transition';

export type WorkflowActionsProps = {
  article: Article | ArticleSummary;
  /** Defaults to the signed-in user. */
  user?: User;
  /** Alt+A / Alt+R / Alt+P / Alt+S on the review desk; off where several articles share a screen. */
  hotkeys?: boolean;
  size?: MantineSize;
  /** Actions the host offers itself (the editor's own "submit", which saves first). */
  exclude?: readonly WorkflowAction[];
  /**
   * Runs before the step is sent (the editor saves pending text here) and answers the version the step
   * applies to, or `null` to call it off.
   */
  prepare?(): Promise<number | null>;
  onDone?(article: Article, action: WorkflowAction): void;
};

/** The workflow steps this user may take on this article now, and nothing else. */
export function WorkflowActions({ article, user: given, hotkeys = false, size = 'sm', exclude = [], prepare, onDone }: WorkflowActionsProps) {
  const { t } = useTranslation(['review', 'articles', 'errors', 'common']);
  const current = useCurrentUser();
  const api = useApi();
  const actions = offeredActions(given ?? current, article, api.capabilities).filter((a) => !exclude.includes(a));
  const transition = useWorkflowTransition(article);
  const [dialog, setDialog] = useState<DialogAction | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  // The host's preparation (a save) comes before the request: the buttons wait for both.
  const [preparing, setPreparing] = useState<WorkflowAction | null>(null);
  const pending = transition.pending || preparing !== null;
  const pendingAction = preparing ?? transition.pendingAction;

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
      setRefusal(describeRefusal(t, error).message);
    }
  };
  const start = (action: WorkflowAction) => {
    if (pending) return;
    if (needsDialog(action)) setDialog(action);
    else void run({ action });
  };

  useHotkeys(
    hotkeys
      ? actions.flatMap((a) => (actionMeta[a].hotkey ? [[actionMeta[a].hotkey!, () => start(a)] as [string, () => void]] : []))
      : [],
  );

  if (actions.length === 0 && !refusal) return null;
  return (
    <>
      <Group gap="xs" role="group" aria-label={t('actionsLabel')}>
        {actions.map((action) => {
          const meta = actionMeta[action];
          const Icon = meta.icon;
          const button = (
            <Button
              key={action}
              size={size}
              color={meta.color}
              variant={meta.variant}
              leftSection={<Icon size={16} aria-hidden />}
              loading={pendingAction === action}
              disabled={pending && pendingAction !== action}
              onClick={() => start(action)}
              aria-keyshortcuts={hotkeys && meta.hotkey ? meta.hotkey.replace('alt', 'Alt') : undefined}
            >
              {t(`actions.${action}`)}
            </Button>
          );
          return hotkeys && meta.hotkey ? (
            <Tooltip key={action} label={t('shortcut', { keys: hotkeyLabel(meta.hotkey) })} withArrow openDelay={300}>
              {button}
            </Tooltip>
          ) : (
            button
          );
        })}
      </Group>
      {refusal && (
        <Alert color="red" variant="light" title={t('refusal.title')} withCloseButton onClose={() => setRefusal(null)} mt="xs" role="alert" closeButtonLabel={t('common:actions.close')}>
          {refusal}
        </Alert>
      )}
      {(dialog === 'request_changes' || dialog === 'unpublish') && (
        <ReasonDialog
          action={dialog}
          opened
          pending={pending}
          onClose={() => setDialog(null)}
          onConfirm={(input: ReasonInput) => void run({ action: dialog, options: input })}
        />
      )}
      {dialog === 'schedule' && (
        <ScheduleDialog opened pending={pending} onClose={() => setDialog(null)} onConfirm={(scheduledAt) => void run({ action: 'schedule', options: { scheduledAt } })} />
      )}
    </>
  );
}
