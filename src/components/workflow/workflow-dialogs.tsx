import { ReasonDialog, type ReasonInput } from './reason-dialog';
import { ScheduleDialog } from './schedule-dialog';
import type { WorkflowRun } from './use-workflow-run';

/** The dialog a step opened (reason, or publication time), if any; confirming runs the step. */
export function WorkflowDialogs({ runner }: { runner: WorkflowRun }) {
  const { dialog, pending, closeDialog, run } = runner;
  if (dialog === 'request_changes' || dialog === 'unpublish') {
    return <ReasonDialog action={dialog} opened pending={pending} onClose={closeDialog} onConfirm={(input: ReasonInput) => void run({ action: dialog, options: input })} />;
  }
  if (dialog === 'schedule') {
    return <ScheduleDialog opened pending={pending} onClose={closeDialog} onConfirm={(scheduledAt) => void run({ action: 'schedule', options: { scheduledAt } })} />;
  }
  return null;
}
