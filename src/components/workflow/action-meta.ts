import {
  IconArrowBackUp,
  IconCalendarOff,
  IconCalendarTime,
  IconCheck,
  IconEyeOff,
  IconMessageReport,
  IconRefresh,
  IconSend,
  IconWorldUpload,
  type Icon,
} from '@tabler/icons-react';
import type { WorkflowAction } from '@/domain';

type ActionMeta = { icon: Icon; color?: string; variant: 'filled' | 'light' | 'default'; hotkey?: string };

/** How each step looks; the shortcuts are the review desk's (Alt so that typing in a field never triggers one). */
export const actionMeta: Record<WorkflowAction, ActionMeta> = {
  submit: { icon: IconSend, variant: 'filled' },
  withdraw: { icon: IconArrowBackUp, variant: 'default' },
  request_changes: { icon: IconMessageReport, color: 'orange', variant: 'light', hotkey: 'alt+R' },
  approve: { icon: IconCheck, color: 'teal', variant: 'filled', hotkey: 'alt+A' },
  publish: { icon: IconWorldUpload, color: 'green', variant: 'filled', hotkey: 'alt+P' },
  schedule: { icon: IconCalendarTime, color: 'violet', variant: 'light', hotkey: 'alt+S' },
  unschedule: { icon: IconCalendarOff, variant: 'default' },
  unpublish: { icon: IconEyeOff, color: 'red', variant: 'light' },
  reopen: { icon: IconRefresh, variant: 'default' },
};

/** `alt+A` → `Alt + A`, as people read shortcuts. */
export const hotkeyLabel = (hotkey: string) =>
  hotkey
    .split('+')
    .map((k) => k.charAt(0).toUpperCase() + k.slice(1))
    .join(' + ');

/** Steps that open a dialog to collect what the server needs before they can run. */
export type DialogAction = 'request_changes' | 'unpublish' | 'schedule';
export const needsDialog = (a: WorkflowAction): a is DialogAction => a === 'request_changes' || a === 'unpublish' || a === 'schedule';
