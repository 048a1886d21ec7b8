import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '@/i18n';
import { isApiError } from '@/api/errors';
import { commentKeys } from '@/api/queries';
import { afterModeration } from '@/api/queries/moderation';
import { useApi } from '@/api/react';
import { useCurrentUser } from '@/api/session';
import { describeError } from '@/components/error-message';
import { commentActionTarget, commentSchema, type Comment, type CommentAction } from '@/domain';
import type { Announcer } from '../shared/announcer';
import { moderatorName } from '../shared/moderator-name';
import type { DecisionLedger } from './decision-ledger';
import { adjustCounts, predict, predictUndo, writeComments } from './queue-cache';
import { notifyProblem } from './notify';
import type { RowNotes } from './row-notes';

export const MODERATE_KEY = [...commentKeys.all, 'moderate'] as const;

/** `undoing`: the comment as it was before the decision this one undoes. */
type Vars = { before: Comment; action: CommentAction; undoing?: Comment };
type Context = { optimistic: Comment };

/**
 * One decision, applied at once: the row changes before the request leaves, the server's copy replaces
 * it on success, a failure puts the row back and says so, and a 409 shows who decided first.
 */
export function useAct(announcer: Announcer, notes: RowNotes, ledger: DecisionLedger) {
  const api = useApi();
  const client = useQueryClient();
  const me = useCurrentUser();
  const { t } = useTranslation(['comments', 'errors']);

  return useMutation<Comment, unknown, Vars, Context>({
    mutationKey: MODERATE_KEY,
    // A second decision on a comment still in flight (single or bulk) waits for it and uses the
    // newest version known, whether the row or an answer brought it.
    mutationFn: ({ before, action }) =>
      ledger.after([before.id], async () => {
        try {
          const comment = await api.comments.act(before.id, action, ledger.version(before));
          ledger.see(comment);
          return comment;
        } catch (error) {
          const current = isApiError(error) && error.code === 'already_moderated' ? commentSchema.safeParse(error.current) : null;
          if (current?.success) ledger.see(current.data);
          throw error;
        }
      }),
    onMutate: ({ before, action, undoing }) => {
      const optimistic = undoing ? predictUndo(before, undoing, me.name) : predict(before, commentActionTarget[action], me.name);
      writeComments(client, new Map([[before.id, optimistic]]));
      adjustCounts(client, [{ before, after: optimistic }]);
      notes.clear(before.id);
      return { optimistic };
    },
    onSuccess: (comment) => {
      writeComments(client, new Map([[comment.id, comment]]));
    },
    onError: (error, { before, action }, context) => {
      if (!context) return;
      const { optimistic } = context;
      const current = isApiError(error) && error.code === 'already_moderated' ? commentSchema.safeParse(error.current) : null;
      if (current?.success) {
        const server = current.data;
        writeComments(client, new Map([[server.id, server]]));
        adjustCounts(client, [{ before: optimistic, after: server }]);
        notes.set(server.id, { kind: 'conflict', by: server.moderatedBy, status: server.status });
        const message = t('comments:conflict.message', { by: server.moderatedBy ? moderatorName(server.moderatedBy, t) : t('comments:conflict.someone'), status: t(`comments:status.${server.status}`) });
        announcer.announce(message);
        notifyProblem(t('comments:conflict.title'), message, 'yellow');
        return;
      }
      // Only undo our own optimistic edit: a newer decision on the same row stays.
      writeComments(client, new Map([[before.id, before]]), (cur) => cur === optimistic);
      adjustCounts(client, [{ before: optimistic, after: before }]);
      const message = t('comments:failed.single', { action: t(`comments:actionName.${action}`), author: before.authorName });
      notes.set(before.id, { kind: 'failed', message: describeError(t, error) });
      announcer.announce(message);
      notifyProblem(message, describeError(t, error), 'red');
    },
    onSettled: (_d, _e, { before }) => {
      // Counts refetch once the burst of decisions is over, so they never show an older state.
      afterModeration(client, [before], { totals: client.isMutating({ mutationKey: MODERATE_KEY }) <= 1, quiet: true });
    },
  });
}
