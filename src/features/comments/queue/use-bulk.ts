import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '@/i18n';
import { afterModeration } from '@/api/queries/moderation';
import { useApi } from '@/api/react';
import { useCurrentUser } from '@/api/session';
import { describeError } from '@/components/error-message';
import { commentActionTarget, type BulkResult, type Comment, type CommentAction } from '@/domain';
import type { Announcer } from '../shared/announcer';
import type { DecisionLedger } from './decision-ledger';
import { notifyProblem } from './notify';
import { adjustCounts, predict, predictUndo, writeComments } from './queue-cache';
import type { RowNotes } from './row-notes';
import { MODERATE_KEY } from './use-act';

/** `undoing`: the comments as they were before the decision this one undoes. */
type Vars = { before: Comment[]; action: CommentAction; quiet?: boolean; undoing?: ReadonlyMap<string, Comment> };
type Context = { optimistic: Map<string, Comment> };

/** Many decisions in one request; each comment's result is applied to its own row. */
export function useBulk(announcer: Announcer, notes: RowNotes, ledger: DecisionLedger) {
  const api = useApi();
  const client = useQueryClient();
  const me = useCurrentUser();
  const { t } = useTranslation(['comments', 'errors']);

  const rollback = (before: Comment, optimistic: Comment | undefined) => {
    writeComments(client, new Map([[before.id, before]]), (cur) => cur === optimistic);
    if (optimistic) adjustCounts(client, [{ before: optimistic, after: before }]);
  };

  return useMutation<BulkResult, unknown, Vars, Context>({
    mutationKey: MODERATE_KEY,
    // Like a single decision: after any still in flight on these comments, from the newest versions known.
    mutationFn: ({ before, action }) =>
      ledger.after(
        before.map((c) => c.id),
        async () => {
          const result = await api.comments.bulk(before.map((c) => ({ id: c.id, version: ledger.version(c) })), action);
          for (const r of result.results) if (r.comment) ledger.see(r.comment);
          return result;
        },
      ),
    onMutate: ({ before, action, undoing }) => {
      const guess = (c: Comment) => {
        const was = undoing?.get(c.id);
        return was ? predictUndo(c, was, me.name) : predict(c, commentActionTarget[action], me.name);
      };
      const optimistic = new Map(before.map((c) => [c.id, guess(c)]));
      writeComments(client, optimistic);
      adjustCounts(client, before.map((c) => ({ before: c, after: optimistic.get(c.id)! })));
      before.forEach((c) => notes.clear(c.id));
      return { optimistic };
    },
    onSuccess: ({ results }, { before, action }, { optimistic }) => {
      const byId = new Map(before.map((c) => [c.id, c]));
      const written = new Map<string, Comment>();
      let failed = 0;
      for (const r of results) {
        const was = byId.get(r.id);
        if (!was) continue;
        if (r.ok && r.comment) {
          written.set(r.id, r.comment);
          continue;
        }
        failed += 1;
        if (r.error?.code === 'already_moderated' && r.comment) {
          written.set(r.id, r.comment);
          adjustCounts(client, [{ before: optimistic.get(r.id)!, after: r.comment }]);
          notes.set(r.id, { kind: 'conflict', by: r.comment.moderatedBy, status: r.comment.status });
        } else {
          rollback(was, optimistic.get(r.id));
          notes.set(r.id, { kind: 'failed', message: r.error?.message ?? t('errors:kind.unknown') });
        }
      }
      writeComments(client, written);
      if (failed > 0) {
        const message = t('comments:failed.bulkPartial', { count: failed, total: before.length, action: t(`comments:actionName.${action}`) });
        announcer.announce(message);
        notifyProblem(message, t('comments:failed.bulkPartialHint'), 'yellow');
      }
    },
    onError: (error, { before, action }, context) => {
      if (!context) return;
      before.forEach((c) => rollback(c, context.optimistic.get(c.id)));
      const message = t('comments:failed.bulk', { count: before.length, action: t(`comments:actionName.${action}`) });
      announcer.announce(message);
      notifyProblem(message, describeError(t, error), 'red');
    },
    onSettled: (_d, _e, { before }) => afterModeration(client, before, { totals: client.isMutating({ mutationKey: MODERATE_KEY }) <= 1, quiet: true }),
  });
}
