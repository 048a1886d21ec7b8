import { z } from 'zod';
import type { ArticleStatus } from './article';
import type { Role } from './user';

export const workflowActionSchema = z.enum([
  'submit',
  'withdraw',
  'request_changes',
  'approve',
  'publish',
  'schedule',
  'unschedule',
  'unpublish',
  'reopen',
]);
export type WorkflowAction = z.infer<typeof workflowActionSchema>;
export const workflowActions = workflowActionSchema.options;

/** Who may act: the article's author, or a role. */
export type Actor = 'author' | Role;

export type TransitionRule = {
  from: readonly ArticleStatus[];
  to: ArticleStatus;
  who: Actor;
  needs?: 'valid_article' | 'reason' | 'future_time';
};

/** The workflow table of DESIGN.md, as data. The UI offers from it; the server refuses from it. */
export const workflow: Record<WorkflowAction, TransitionRule> = {
  submit: { from: ['draft', 'changes_requested'], to: 'in_review', who: 'author', needs: 'valid_article' },
  withdraw: { from: ['in_review'], to: 'draft', who: 'author' },
  request_changes: { from: ['in_review'], to: 'changes_requested', who: 'editor_in_chief', needs: 'reason' },
  approve: { from: ['in_review'], to: 'approved', who: 'editor_in_chief' },
  publish: { from: ['approved'], to: 'published', who: 'editor_in_chief' },
  schedule: { from: ['approved'], to: 'scheduled', who: 'editor_in_chief', needs: 'future_time' },
  unschedule: { from: ['scheduled'], to: 'approved', who: 'editor_in_chief' },
  unpublish: { from: ['published'], to: 'unpublished', who: 'editor_in_chief', needs: 'reason' },
  reopen: { from: ['unpublished'], to: 'draft', who: 'editor_in_chief' },
};

export type TransitionSubject = { roles: readonly Role[]; id: string };
export type TransitionTarget = { status: ArticleStatus; authorId: string };

export type TransitionCheck =
  | { ok: true; to: ArticleStatus }
  | { ok: false; reason: 'forbidden' | 'invalid_state' };

/** Role first (403), then state (409): the order a real server checks them in. */
export function checkTransition(
  action: WorkflowAction,
  user: TransitionSubject,
  article: TransitionTarget,
): TransitionCheck {
  const rule = workflow[action];
  const allowed = rule.who === 'author' ? article.authorId === user.id : user.roles.includes(rule.who);
  if (!allowed) return { ok: false, reason: 'forbidden' };
  if (!rule.from.includes(article.status)) return { ok: false, reason: 'invalid_state' };
  return { ok: true, to: rule.to };
}

export function canTransition(action: WorkflowAction, user: TransitionSubject, article: TransitionTarget): boolean {
  return checkTransition(action, user, article).ok;
}

/** The actions this user may take on this article now, in table order. */
export function availableActions(user: TransitionSubject, article: TransitionTarget): WorkflowAction[] {
  return workflowActions.filter((a) => canTransition(a, user, article));
}

export const reasonCodeSchema = z.enum(['spelling', 'missing_source', 'sensitive', 'photo', 'other']);
export type ReasonCode = z.infer<typeof reasonCodeSchema>;

export const transitionInputSchema = z
  .object({
    action: workflowActionSchema,
    version: z.int().check(z.nonnegative()),
    note: z.optional(z.string().check(z.trim(), z.maxLength(2000))),
    reasonCodes: z.optional(z.array(reasonCodeSchema)),
    scheduledAt: z.optional(z.iso.datetime({ offset: true })),
  })
  .check(
    z.superRefine((v, ctx) => {
      const needs = workflow[v.action].needs;
      // A reason is both: codes the reporter can scan, and words saying what exactly is wrong.
      if (needs === 'reason' && !v.reasonCodes?.length) {
        ctx.addIssue({ code: 'custom', path: ['reasonCodes'], message: 'reason_codes_required' });
      }
      if (needs === 'reason' && !v.note) {
        ctx.addIssue({ code: 'custom', path: ['note'], message: 'reason_required' });
      }
      if (needs === 'future_time' && !v.scheduledAt) {
        ctx.addIssue({ code: 'custom', path: ['scheduledAt'], message: 'required' });
      }
    }),
  );
export type TransitionInput = z.infer<typeof transitionInputSchema>;

/** Editing an approved or scheduled article sends it back to review unless the editor-in-chief edits it. */
export function statusAfterEdit(status: ArticleStatus, editorRoles: readonly Role[]): ArticleStatus {
  if ((status === 'approved' || status === 'scheduled') && !editorRoles.includes('editor_in_chief')) return 'in_review';
  return status;
}

/** Only the author edits drafts; the editor-in-chief edits anything not yet published. */
export function canEdit(user: TransitionSubject, article: TransitionTarget): boolean {
  if (user.roles.includes('editor_in_chief')) return true;
  return article.authorId === user.id && article.status !== 'published' && article.status !== 'unpublished';
}
