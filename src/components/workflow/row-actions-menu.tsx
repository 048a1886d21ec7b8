import '@/components/styles/floating';
import '@mantine/core/styles/Menu.layer.css';
import { Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from '@/i18n';
import type { ArticleSummary, WorkflowAction } from '@/domain';
import { actionMeta } from './action-meta';
import { RowActionsButton } from './row-actions-button';
import { useWorkflowRun } from './use-workflow-run';
import { WorkflowDialogs } from './workflow-dialogs';

type Props = { article: ArticleSummary; actions: readonly WorkflowAction[]; defaultOpened?: boolean };

/**
 * The steps a list row offers, in a menu: the same steps, dialogs and refusals as the review desk.
 * A row has no room to explain a refusal, so it is told in a notification.
 */
export function RowActionsMenu({ article, actions, defaultOpened = false }: Props) {
  const { t } = useTranslation(['review', 'articles']);
  const runner = useWorkflowRun(article, {
    onRefusal: (message) => notifications.show({ color: 'red', title: t('refusal.title'), message }),
  });
  return (
    <>
      <Menu position="bottom-end" defaultOpened={defaultOpened} withinPortal>
        <Menu.Target>
          <RowActionsButton article={article} loading={runner.pending} />
        </Menu.Target>
        <Menu.Dropdown>
          {actions.map((action) => {
            const meta = actionMeta[action];
            const Icon = meta.icon;
            return (
              <Menu.Item key={action} color={meta.color} leftSection={<Icon size={16} aria-hidden />} onClick={() => runner.start(action)}>
                {t(`actions.${action}`)}
              </Menu.Item>
            );
          })}
        </Menu.Dropdown>
      </Menu>
      <WorkflowDialogs runner={runner} />
    </>
  );
}
