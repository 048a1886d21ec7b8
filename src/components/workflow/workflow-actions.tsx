import { Alert, Button, Group, Tooltip, type MantineSize } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useTranslation } from '@/i18n';
import { useApi } from '@/api/react';
import { useCurrentUser } from '@/api/session';
import type { Article, ArticleSummary, User, WorkflowAction } from '@/domain';
import { actionMeta, hotkeyLabel } from './action-meta';
import { offeredActions } from './offered-actions';
import { useWorkflowRun } from './use-workflow-run';
import { WorkflowDialogs } from './workflow-dialogs';

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
  const runner = useWorkflowRun(article, { prepare, onDone });
  const { start, refusal } = runner;

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
              loading={runner.pendingAction === action}
              disabled={runner.pending && runner.pendingAction !== action}
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
        <Alert color="red" variant="light" title={t('refusal.title')} withCloseButton onClose={runner.clearRefusal} mt="xs" role="alert" closeButtonLabel={t('common:actions.close')}>
          {refusal}
        </Alert>
      )}
      <WorkflowDialogs runner={runner} />
    </>
  );
}
