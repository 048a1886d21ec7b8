import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { moderationQueries } from '@/api/queries/moderation';
import { useApi } from '@/api/react';
import type { CommenterHistory, Comment } from '@/domain';
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

type LineProps = Pick<AuthorHistoryProps, 't' | 'n'> & { data: CommenterHistory | undefined; failed: boolean };

function HistoryLine({ data, failed, t, n }: LineProps) {
  if (!data) return <span className={classes.dim}>{failed ? t('row.historyError') : t('row.historyLoading')}</span>;
  // The server's counts: a heavy commenter has more comments than the history page holds.
  const { counts } = data;
  return (
    <span className={classes.dim}>
      {t('row.history', { approved: n.format(counts.approved), rejected: n.format(counts.rejected), spam: n.format(counts.spam) })}
    </span>
  );
}

function LiveHistory({ options, t, n }: Pick<AuthorHistoryProps, 't' | 'n'> & { options: ReturnType<typeof moderationQueries.commenter> }) {
  const history = useQuery({ ...options, enabled: options.enabled !== false });
  return <HistoryLine data={history.data} failed={history.isError} t={t} n={n} />;
}

export function AuthorHistory({ comment, scroll, t, n }: AuthorHistoryProps) {
  const api = useApi();
  const client = useQueryClient();
  const settled = useSettled(scroll);
  if (!api.comments.history) return null;
  const options = moderationQueries.commenter(api, { email: comment.email, ipHash: comment.ipHash });
  // While the list flies past, a row reads what is already known and subscribes to nothing: a query
  // observer per row mounted and dropped every frame costs more than the row itself.
  if (!settled) return <HistoryLine data={client.getQueryData(options.queryKey)} failed={false} t={t} n={n} />;
  return <LiveHistory options={options} t={t} n={n} />;
}
