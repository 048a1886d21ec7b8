import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { moderationQueries } from '@/api/queries/moderation';
import { useApi } from '@/api/react';
import type { Comment } from '@/domain';
import classes from './comment-row.module.css';
import { useSettled, type ScrollState } from './scroll-state';

/** The reader's record at a glance, fetched once per reader and shared by all their rows. */
export type AuthorHistoryProps = {
  comment: Pick<Comment, 'email' | 'ipHash'>;
  /** Rows flying past ask for nothing: the history loads once the list rests. */
  scroll: ScrollState;
  t: TFunction<'comments'>;
  n: Intl.NumberFormat;
};

export function AuthorHistory({ comment, scroll, t, n }: AuthorHistoryProps) {
  const api = useApi();
  const settled = useSettled(scroll);
  const options = moderationQueries.commenter(api, { email: comment.email, ipHash: comment.ipHash });
  const history = useQuery({ ...options, enabled: settled && options.enabled !== false });
  if (!api.comments.history) return null;
  if (!history.data) {
    return <span className={classes.dim}>{history.isError ? t('row.historyError') : t('row.historyLoading')}</span>;
  }
  // The server's counts: a heavy commenter has more comments than the history page holds.
  const { counts } = history.data;
  return (
    <span className={classes.dim}>
      {t('row.history', { approved: n.format(counts.approved), rejected: n.format(counts.rejected), spam: n.format(counts.spam) })}
    </span>
  );
}
