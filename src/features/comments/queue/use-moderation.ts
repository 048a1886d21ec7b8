import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '@/i18n';
import type { Comment, CommentAction, CommentStatus } from '@/domain';
import type { Announcer } from '../shared/announcer';
import { createDecisionLedger } from './decision-ledger';
import { actionBackTo, isNoop } from './queue-cache';
import type { RowNotes } from './row-notes';
import { showUndoToast } from './undo-toast';
import { useAct } from './use-act';
import { useBulk } from './use-bulk';

type UndoEntry = { toastId: string; before: Comment[]; done: Promise<void> };

export type Moderation = {
  act(comment: Comment, action: CommentAction): void;
  actMany(comments: readonly Comment[], action: CommentAction): void;
  /** Undoes the latest decision still on the stack (the `z` key), or the given one (its toast). */
  undo(entry?: UndoEntry): void;
};

const MAX_UNDO = 50;
let toastSeq = 0;

/**
 * Decisions with their undo: every decision (single or bulk) leaves an entry; undoing waits for the
 * decision to settle, then sends each comment back to the status it had before.
 */
export function useModeration(announcer: Announcer, notes: RowNotes, lookup: (id: string) => Comment | undefined): Moderation {
  const { t } = useTranslation('comments');
  const [ledger] = useState(createDecisionLedger);
  const single = useAct(announcer, notes, ledger);
  const bulk = useBulk(announcer, notes, ledger);
  const stack = useRef<UndoEntry[]>([]);
  const lookupRef = useRef(lookup);
  lookupRef.current = lookup;
  const mutateSingle = single.mutateAsync;
  const mutateBulk = bulk.mutateAsync;

  // The undo toasts belong to this page.
  useEffect(() => () => stack.current.forEach((e) => notifications.hide(e.toastId)), []);

  return useMemo<Moderation>(() => {
    const undo = (given?: UndoEntry) => {
      const entry = given ?? stack.current[stack.current.length - 1];
      if (!entry) {
        announcer.announce(t('undo.nothing'));
        return;
      }
      stack.current = stack.current.filter((e) => e !== entry);
      notifications.hide(entry.toastId);
      void entry.done.then(() => {
        const groups = new Map<CommentStatus, Comment[]>();
        for (const was of entry.before) {
          const now = lookupRef.current(was.id);
          if (!now || now.status === was.status) continue;
          groups.set(was.status, [...(groups.get(was.status) ?? []), now]);
        }
        if (groups.size === 0) return;
        announcer.announce(t('undo.done', { count: entry.before.length }));
        const was = new Map(entry.before.map((c) => [c.id, c]));
        for (const [status, comments] of groups) {
          const action = actionBackTo[status];
          const run =
            comments.length === 1
              ? mutateSingle({ before: comments[0]!, action, undoing: was.get(comments[0]!.id) })
              : mutateBulk({ before: comments, action, undoing: was });
          run.catch(() => undefined);
        }
      });
    };

    const record = (before: Comment[], done: Promise<unknown>, text: string) => {
      const entry: UndoEntry = { toastId: `comment-undo-${(toastSeq += 1)}`, before, done: done.then(() => undefined, () => undefined) };
      const previous = stack.current[stack.current.length - 1];
      if (previous) notifications.hide(previous.toastId);
      stack.current = [...stack.current.slice(-(MAX_UNDO - 1)), entry];
      announcer.announce(text);
      showUndoToast({ id: entry.toastId, text, undoLabel: t('undo.action'), onUndo: () => undo(entry) });
    };

    return {
      act(comment, action) {
        if (isNoop(comment, action)) {
          announcer.announce(t('already', { status: t(`status.${comment.status}`) }));
          return;
        }
        const done = mutateSingle({ before: comment, action });
        done.catch(() => undefined);
        record([comment], done, t(`done.${action}`, { author: comment.authorName }));
      },
      actMany(comments, action) {
        const todo = comments.filter((c) => !isNoop(c, action));
        if (todo.length === 0) {
          announcer.announce(t('bulk.nothing'));
          return;
        }
        const done = mutateBulk({ before: todo, action });
        done.catch(() => undefined);
        record(todo, done, t(`doneMany.${action}`, { count: todo.length }));
      },
      undo,
    };
  }, [announcer, t, mutateSingle, mutateBulk]);
}
