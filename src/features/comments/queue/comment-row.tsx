import type { TFunction } from 'i18next';
import { memo } from 'react';
import { formatRelative } from '@/components/format-relative';
import { formatDateTimeVN, type Comment, type CommentAction, type CommentStatus } from '@/domain';
import { moderatorName } from '../shared/moderator-name';
import { AuthorHistory } from './author-history';
import { CommentText } from './comment-text';
import classes from './comment-row.module.css';
import { FlagReasons } from './flag-reasons';
import { RowActions } from './row-actions';
import { RowNoteAlert } from './row-note';
import type { RowNotes } from './row-notes';
import type { ScrollState } from './scroll-state';

export const rowDomId = (id: string) => `comment-row-${id}`;

const statusClass: Record<CommentStatus, string | undefined> = {
  pending: classes.blue,
  approved: classes.teal,
  rejected: classes.red,
  spam: classes.orange,
};

/** What every row shares; one object, so a language change is one prop change. */
export type RowContext = {
  t: TFunction<'comments'>;
  language: string;
  n: Intl.NumberFormat;
  now: number;
  /** Whether the list is scrolling: rows load what they show lazily once it rests. */
  scroll: ScrollState;
  shortcuts: boolean;
  notes: RowNotes;
  onFocusRow: (id: string) => void;
  onToggle: (id: string) => void;
  onAction: (comment: Comment, action: CommentAction) => void;
  onThread: (comment: Comment) => void;
  onCommenter: (comment: Comment) => void;
};

export type CommentRowProps = {
  comment: Comment;
  index: number;
  total: number;
  active: boolean;
  selected: boolean;
  /** The queue on screen; a row whose comment left it was decided here. */
  queue: CommentStatus | 'reported';
  ctx: RowContext;
};

/** One comment in the queue. Memoised: a decision re-renders its own row, not its neighbours. */
export const CommentRow = memo(function CommentRow({ comment: c, index, total, active, selected, queue, ctx }: CommentRowProps) {
  const { t } = ctx;
  const decided = queue === 'reported' ? c.reports === 0 || c.status === 'rejected' || c.status === 'spam' : c.status !== queue;
  const nameId = `comment-author-${c.id}`;
  const className = [classes.row, active && classes.active, selected && classes.selected, decided && classes.decided].filter(Boolean).join(' ');

  return (
    <article
      id={rowDomId(c.id)}
      className={className}
      tabIndex={active ? 0 : -1}
      aria-posinset={index + 1}
      aria-setsize={total}
      aria-labelledby={nameId}
      aria-describedby={`comment-body-${c.id}`}
      data-comment-id={c.id}
      onFocus={() => {
        if (!active) ctx.onFocusRow(c.id);
      }}
    >
      <div className={classes.head}>
        <input type="checkbox" className={classes.check} checked={selected} onChange={() => ctx.onToggle(c.id)} aria-label={t('row.select', { author: c.authorName })} />
        <button type="button" id={nameId} className={classes.author} onClick={() => ctx.onCommenter(c)}>
          {c.authorName}
        </button>
        {c.email && <span className={classes.dim}>{c.email}</span>}
        {/* The commenter's site, as text: a link a reader typed is never followed from the queue. */}
        {c.url && (
          <span className={classes.dim} title={c.url}>
            {c.url}
          </span>
        )}
        <time className={classes.dim} dateTime={c.createdAt} title={formatDateTimeVN(c.createdAt)}>
          {formatRelative(c.createdAt, ctx.language, ctx.now)}
        </time>
        {c.staffReply && <span className={`${classes.badge} ${classes.blue}`}>{t('row.staff')}</span>}
        {c.reports > 0 && <span className={`${classes.badge} ${classes.grape}`}>{t('row.reports', { count: c.reports })}</span>}
        {(decided || queue === 'reported') && (
          <span className={`${classes.badge} ${statusClass[c.status]}`} data-status-badge={c.status}>
            {t(`status.${c.status}`)}
          </span>
        )}
      </div>
      <span className={classes.dim}>{t('row.onArticle', { title: c.articleTitle || c.articleId })}</span>
      <CommentText comment={c} t={t} />
      <FlagReasons comment={c} t={t} />
      <AuthorHistory comment={c} scroll={ctx.scroll} t={t} n={ctx.n} />
      {decided && c.moderatedBy && <span className={classes.dim}>{t('row.decidedBy', { by: moderatorName(c.moderatedBy, t), status: t(`status.${c.status}`) })}</span>}
      <RowNoteAlert notes={ctx.notes} id={c.id} t={t} />
      <RowActions comment={c} shortcuts={ctx.shortcuts} t={t} onAction={ctx.onAction} onThread={ctx.onThread} />
    </article>
  );
});
