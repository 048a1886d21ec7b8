import { z } from 'zod';
import {
  articleStatuses,
  checkTransition,
  workflow,
  workflowActions,
  type ArticleStatus,
  type HistoryEntry,
  type TransitionRule,
  type TransitionSubject,
  type WorkflowAction,
} from '@/domain';
import type { TransitionOptions } from '../../port';
import { isoToGmt } from './text';

/**
 * Our workflow on WordPress's five statuses. With the companion plugin a post meta
 * (`newsroom_workflow`) refines them: "approved" is a pending post marked approved,
 * "changes requested" a draft carrying the editor's reason. Without it only the native states exist.
 */

export const WORKFLOW_META = 'newsroom_workflow';
export const VERSION_META = 'newsroom_version';

const reasonSchema = z.object({ codes: z._default(z.array(z.string()), []), text: z._default(z.string(), ''), by: z.string(), at: z.string() });
const historyItemSchema = z.object({
  action: z.string(),
  from: z.nullable(z.string()),
  to: z.string(),
  by: z.string(),
  at: z.string(),
  note: z._default(z.string(), ''),
  reasonCodes: z._default(z.array(z.string()), []),
});
export const workflowMetaSchema = z.object({
  stage: z.catch(z.enum(['', 'approved', 'changes_requested']), ''),
  reason: z.catch(z.nullable(reasonSchema), null),
  history: z.catch(z.array(historyItemSchema), []),
});
export type WorkflowMeta = z.infer<typeof workflowMetaSchema>;
export const emptyWorkflowMeta = (): WorkflowMeta => ({ stage: '', reason: null, history: [] });

export function parseWorkflowMeta(value: unknown): WorkflowMeta {
  if (typeof value !== 'string' || !value.trim()) return emptyWorkflowMeta();
  try {
    const parsed = workflowMetaSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : emptyWorkflowMeta();
  } catch {
    return emptyWorkflowMeta();
  }
}

/** Our status for a WordPress status; null for what the newsroom does not show (trash, auto-draft). */
export function articleStatusOf(wpStatus: string, meta: WorkflowMeta): ArticleStatus | null {
  switch (wpStatus) {
    case 'draft':
      return meta.stage === 'changes_requested' ? 'changes_requested' : 'draft';
    case 'pending':
      return meta.stage === 'approved' ? 'approved' : 'in_review';
    case 'future':
      return 'scheduled';
    case 'publish':
      return 'published';
    case 'private':
      return 'unpublished';
    default:
      return null;
  }
}

/** The WordPress statuses to query for some of ours. */
export function wpStatusesFor(statuses: readonly ArticleStatus[]): string[] {
  const map: Record<ArticleStatus, string> = {
    draft: 'draft',
    changes_requested: 'draft',
    in_review: 'pending',
    approved: 'pending',
    scheduled: 'future',
    published: 'publish',
    unpublished: 'private',
  };
  return [...new Set(statuses.map((s) => map[s]))];
}

const PLAIN_STATUSES: readonly ArticleStatus[] = ['draft', 'in_review', 'scheduled', 'published', 'unpublished'];
const PLAIN_ACTIONS: readonly WorkflowAction[] = ['submit', 'withdraw', 'publish', 'schedule', 'unschedule', 'reopen'];

/** Without the companion there is no "approved": the editor publishes or schedules straight from review. */
const plainTable: Partial<Record<WorkflowAction, TransitionRule>> = {
  submit: { ...workflow.submit, from: ['draft'] },
  withdraw: workflow.withdraw,
  publish: { ...workflow.publish, from: ['in_review', 'draft'] },
  schedule: { ...workflow.schedule, from: ['in_review', 'draft'] },
  unschedule: { ...workflow.unschedule, to: 'in_review' },
  reopen: workflow.reopen,
};

export function workflowCapabilities(companion: boolean) {
  return companion ? { statuses: articleStatuses, workflowActions } : { statuses: PLAIN_STATUSES, workflowActions: PLAIN_ACTIONS };
}

const WP_STATUS: Record<ArticleStatus, string> = {
  draft: 'draft',
  changes_requested: 'draft',
  in_review: 'pending',
  approved: 'pending',
  scheduled: 'future',
  published: 'publish',
  unpublished: 'private',
};

export type TransitionPlan =
  | { ok: true; to: ArticleStatus; body: Record<string, unknown> }
  | { ok: false; kind: 'forbidden' | 'conflict' | 'validation'; message: string; field?: string };

/**
 * What to send for a workflow action, checked the way a server would: role (403), then state (409),
 * then the action's needs (400). Pure: `now` and the stored meta come in.
 */
export function planTransition(
  action: WorkflowAction,
  article: { status: ArticleStatus; authorId: string; meta: WorkflowMeta },
  user: TransitionSubject,
  options: TransitionOptions,
  companion: boolean,
  now: Date,
): TransitionPlan {
  const rule = companion ? workflow[action] : plainTable[action];
  if (!rule) {
    return { ok: false, kind: user.roles.includes('editor_in_chief') ? 'validation' : 'forbidden', message: `This WordPress site cannot "${action}" (it has no such state without the newsroom companion plugin).` };
  }
  const check = companion ? checkTransition(action, user, article) : checkWith(rule, user, article);
  if (!check.ok) {
    return check.reason === 'forbidden'
      ? { ok: false, kind: 'forbidden', message: `Your role may not "${action}" this article.` }
      : { ok: false, kind: 'conflict', message: `An article that is ${article.status.replace('_', ' ')} cannot be "${action}"ed.` };
  }
  const note = options.note?.trim() ?? '';
  const codes = options.reasonCodes ?? [];
  if (rule.needs === 'reason' && !codes.length) {
    return { ok: false, kind: 'validation', field: 'reasonCodes', message: 'A reason needs one or more reason codes.' };
  }
  if (rule.needs === 'reason' && !note) {
    return { ok: false, kind: 'validation', field: 'note', message: 'A reason needs words saying what is wrong.' };
  }
  const body: Record<string, unknown> = { status: WP_STATUS[rule.to] };
  if (rule.to === 'scheduled') {
    if (!options.scheduledAt || Number.isNaN(Date.parse(options.scheduledAt))) {
      return { ok: false, kind: 'validation', field: 'scheduledAt', message: 'A publication time is required.' };
    }
    if (Date.parse(options.scheduledAt) <= now.getTime()) {
      return { ok: false, kind: 'validation', field: 'scheduledAt', message: 'The publication time must be in the future.' };
    }
    body.date_gmt = isoToGmt(options.scheduledAt);
  }
  if (companion) {
    const at = now.toISOString();
    const reason = rule.needs === 'reason' ? { codes, text: note, by: user.id, at } : article.meta.reason;
    const meta: WorkflowMeta = {
      stage: rule.to === 'approved' ? 'approved' : rule.to === 'changes_requested' ? 'changes_requested' : '',
      // The reason stays with the article until its author resubmits it.
      reason: action === 'submit' ? null : reason,
      history: [...article.meta.history, { action, from: article.status, to: rule.to, by: user.id, at, note, reasonCodes: codes }],
    };
    body.meta = { [WORKFLOW_META]: JSON.stringify(meta) };
  }
  return { ok: true, to: rule.to, body };
}

function checkWith(rule: TransitionRule, user: TransitionSubject, article: { status: ArticleStatus; authorId: string }) {
  const allowed = rule.who === 'author' ? article.authorId === user.id : user.roles.includes(rule.who);
  if (!allowed) return { ok: false as const, reason: 'forbidden' as const };
  if (!rule.from.includes(article.status)) return { ok: false as const, reason: 'invalid_state' as const };
  return { ok: true as const };
}

export function historyOf(articleId: string, meta: WorkflowMeta): HistoryEntry[] {
  const known = new Set<string>(articleStatuses);
  return meta.history.map((e, i) => ({
    id: `${articleId}-${i + 1}`,
    articleId,
    action: e.action,
    from: e.from && known.has(e.from) ? (e.from as ArticleStatus) : null,
    to: (known.has(e.to) ? e.to : 'draft') as ArticleStatus,
    by: e.by,
    at: e.at,
    note: e.note,
    reasonCodes: e.reasonCodes,
  }));
}
