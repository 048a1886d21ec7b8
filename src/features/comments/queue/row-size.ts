import type { Comment } from '@/domain';
import { CLAMP_LINES, isLong } from './comment-text';

// The row's parts in pixels, as comment-row.module.css lays them out at the default font size: the
// head, article, history and action lines with the gaps between them, then one text line each.
const FRAME = 132;
const TEXT_LINE = 21;
const FLAGS_LINE = 26;
const MORE_BUTTON = 24;
/** An average Vietnamese letter at the row's font size, for guessing where lines wrap. */
const CHAR_WIDTH = 7;
const TEXT_INSET = 36;

/**
 * A row's height guessed from its comment before it is measured: the list's length and the rows'
 * places come out right for most rows, so measuring them moves nothing and the scroll bar holds
 * still. A wrong guess costs only a correction once the row is on screen.
 */
export function estimateRowHeight(comment: Pick<Comment, 'body' | 'flags'>, listWidth: number): number {
  const perLine = Math.max(20, Math.floor((listWidth - TEXT_INSET) / CHAR_WIDTH));
  let lines = 0;
  for (const paragraph of comment.body.split('\n')) lines += Math.max(1, Math.ceil(paragraph.length / perLine));
  const long = isLong(comment.body);
  return FRAME + TEXT_LINE * (long ? Math.min(lines, CLAMP_LINES) : lines) + (long ? MORE_BUTTON : 0) + (comment.flags.length > 0 ? FLAGS_LINE : 0);
}
