import type { RichTextEditorLabels } from '@mantine/tiptap';
import { useMemo } from 'react';
import { useTranslation } from '@/i18n';

/** Mantine's control labels (aria-label and tooltip) in the UI language, shortcuts included. */
export function useToolbarLabels(): Partial<RichTextEditorLabels> {
  const { t, i18n } = useTranslation('editor');
  return useMemo(
    () => ({
      boldControlLabel: t('toolbar.bold'),
      italicControlLabel: t('toolbar.italic'),
      underlineControlLabel: t('toolbar.underline'),
      strikeControlLabel: t('toolbar.strike'),
      clearFormattingControlLabel: t('toolbar.clear'),
      h2ControlLabel: t('toolbar.h2'),
      h3ControlLabel: t('toolbar.h3'),
      h4ControlLabel: t('toolbar.h4'),
      bulletListControlLabel: t('toolbar.bulletList'),
      orderedListControlLabel: t('toolbar.orderedList'),
      blockquoteControlLabel: t('toolbar.blockquote'),
      hrControlLabel: t('toolbar.hr'),
      linkControlLabel: t('toolbar.link'),
      unlinkControlLabel: t('toolbar.unlink'),
      undoControlLabel: t('toolbar.undo'),
      redoControlLabel: t('toolbar.redo'),
      tableInsertControlLabel: t('toolbar.tableInsert'),
      tableInsertLabel: (columns: number, rows: number) => t('toolbar.tableInsertSize', { columns, rows }),
      tableDeleteControlLabel: t('toolbar.tableDelete'),
      tableRowAfterControlLabel: t('toolbar.tableRowAfter'),
      tableRowDeleteControlLabel: t('toolbar.tableRowDelete'),
      tableColumnAfterControlLabel: t('toolbar.tableColumnAfter'),
      tableColumnDeleteControlLabel: t('toolbar.tableColumnDelete'),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, i18n.language],
  );
}
