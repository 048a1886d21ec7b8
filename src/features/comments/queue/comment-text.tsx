import type { TFunction } from 'i18next';
import { useState } from 'react';
import type { Comment } from '@/domain';
import { HighlightedText } from '../shared/highlighted-text';
import classes from './comment-row.module.css';

export const CLAMP_LINES = 4;
/** Decided from the text, not by measuring the row: reading layout per row would stall scrolling. */
const LONG_CHARS = 320;
export const isLong = (body: string) => body.length > LONG_CHARS || body.split('\n').length > CLAMP_LINES;

/** The comment as plain text with the flagged words marked, clamped when long. */
export function CommentText({ comment, t }: { comment: Comment; t: TFunction<'comments'> }) {
  const [expanded, setExpanded] = useState(false);
  const long = isLong(comment.body);
  const bodyId = `comment-body-${comment.id}`;
  return (
    <>
      <p id={bodyId} className={long && !expanded ? `${classes.body} ${classes.clamped}` : classes.body}>
        <HighlightedText text={comment.body} spans={comment.flags} />
      </p>
      {long && (
        <button type="button" className={classes.more} aria-expanded={expanded} aria-controls={bodyId} onClick={() => setExpanded((v) => !v)}>
          {expanded ? t('row.showLess') : t('row.showMore')}
        </button>
      )}
    </>
  );
}
