import type { TFunction } from 'i18next';
import { moderatorName } from '../shared/moderator-name';
import classes from './comment-row.module.css';
import { useRowNote, type RowNotes } from './row-notes';

/** What happened to the last decision on this row when it did not go through. */
export function RowNoteAlert({ notes, id, t }: { notes: RowNotes; id: string; t: TFunction<'comments'> }) {
  const note = useRowNote(notes, id);
  if (!note) return null;
  const text =
    note.kind === 'conflict'
      ? t('conflict.message', { by: note.by ? moderatorName(note.by, t) : t('conflict.someone'), status: t(`status.${note.status}`) })
      : t('row.failed', { message: note.message });
  return (
    <div role="note" className={`${classes.note} ${note.kind === 'conflict' ? classes.yellow : classes.red}`}>
      {text}
    </div>
  );
}
