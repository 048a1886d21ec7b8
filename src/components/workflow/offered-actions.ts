import type { Capabilities } from '@/api/port';
import { availableActions, workflow, type TransitionSubject, type TransitionTarget, type WorkflowAction } from '@/domain';

/**
 * The workflow table decides who may do what from where; the backend's capabilities then drop the
 * steps it cannot hold (a WordPress site has no "scheduled → approved" for instance).
 */
export function offeredActions(user: TransitionSubject, article: TransitionTarget, capabilities: Pick<Capabilities, 'workflowActions' | 'statuses'>): WorkflowAction[] {
  return availableActions(user, article).filter(
    (action) => capabilities.workflowActions.includes(action) && capabilities.statuses.includes(workflow[action].to),
  );
}

