import type { TFunction } from 'i18next';
import type { Comment, CommentAction } from '@/domain';
import { isNoop } from './queue-cache';
import classes from './comment-row.module.css';

const ACTIONS = [
  { action: 'approve', key: 'a', color: classes.teal },
  { action: 'reject', key: 'r', color: classes.red },
  { action: 'spam', key: 's', color: classes.orange },
] as const;

export type RowActionsProps = {
  comment: Comment;
  shortcuts: boolean;
  t: TFunction<'comments'>;
  onAction: (comment: Comment, action: CommentAction) => void;
  onThread: (comment: Comment) => void;
};

/** Every shortcut has a button, so nothing depends on single keys (they may be off). */
export function RowActions({ comment, shortcuts, t, onAction, onThread }: RowActionsProps) {
  return (
    <div className={classes.actions}>
      {ACTIONS.map(({ action, key, color }) => (
        <button
          key={action}
          type="button"
          className={`${classes.action} ${color}`}
          aria-keyshortcuts={shortcuts ? key : undefined}
          aria-label={t(`rowAction.${action}Label`, { author: comment.authorName })}
          disabled={isNoop(comment, action)}
          onClick={() => onAction(comment, action)}
        >
          {t(`rowAction.${action}`)}
        </button>
      ))}
      <button
        type="button"
        className={`${classes.action} ${classes.subtle}`}
        aria-keyshortcuts="Enter"
        aria-label={t('rowAction.threadLabel', { author: comment.authorName })}
        onClick={() => onThread(comment)}
      >
        {t('rowAction.thread')}
      </button>
    </div>
  );
}
