import { useApi } from '@/api/react';
import { useCurrentUser } from '@/api/session';
import { onDemand, type DemandProps } from '@/components/on-demand/on-demand';
import type { ArticleSummary, WorkflowAction } from '@/domain';
import { loadNamespaces } from '@/i18n';
import { offeredActions } from './offered-actions';
import { RowActionsButton } from './row-actions-button';

type MenuProps = { article: ArticleSummary; actions: readonly WorkflowAction[] };

function Trigger({ article, actions: _actions, ...demand }: MenuProps & DemandProps) {
  return <RowActionsButton article={article} {...demand} />;
}

/** Each row holds a plain button; the menu, its dialogs and the review catalog load when one is reached for. */
const RowMenu = onDemand<MenuProps>(async () => {
  const [menu] = await Promise.all([import('./row-actions-menu'), loadNamespaces('review')]);
  return menu.RowActionsMenu;
}, Trigger);

/** A list row's workflow steps: exactly those the workflow table and the backend allow this person now. */
export function RowWorkflowActions({ article }: { article: ArticleSummary }) {
  const user = useCurrentUser();
  const api = useApi();
  const actions = offeredActions(user, article, api.capabilities);
  if (actions.length === 0) return null;
  return <RowMenu article={article} actions={actions} />;
}
