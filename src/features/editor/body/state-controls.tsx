import { RichTextEditor, useRichTextEditorContext, type RichTextEditorLabels } from '@mantine/tiptap';
import {
  IconArrowBackUp,
  IconArrowForwardUp,
  IconColumnInsertRight,
  IconColumnRemove,
  IconRowInsertBottom,
  IconRowRemove,
  IconTableOff,
  type Icon,
} from '@tabler/icons-react';
import { redoDepth, undoDepth } from '@tiptap/pm/history';
import type { EditorState } from '@tiptap/pm/state';
import { isInTable } from '@tiptap/pm/tables';
import { useEditorState, type ChainedCommands } from '@tiptap/react';

type StateControlProps = {
  label: keyof RichTextEditorLabels;
  icon: Icon;
  /** Whether the command applies, read from the state alone: it runs after every keystroke. */
  applies: (state: EditorState) => boolean;
  run: (chain: ChainedCommands) => ChainedCommands;
};

/**
 * A toolbar button enabled from a direct look at the editor's state. Mantine's own table and history
 * buttons ask `editor.can()`, which builds every command of every extension and dry-runs theirs: with
 * eight of them, that was most of what the toolbar allocated on each keystroke.
 */
function StateControl({ label, icon: IconComponent, applies, run }: StateControlProps) {
  const { editor, labels, getStyles } = useRichTextEditorContext();
  const enabled = useEditorState({ editor, selector: ({ editor: e }) => !!e && !e.isDestroyed && applies(e.state) });
  const text = labels[label] as string;
  return (
    <RichTextEditor.Control
      aria-label={text}
      title={text}
      disabled={!enabled}
      onClick={() => {
        if (editor && !editor.isDestroyed) run(editor.chain().focus()).run();
      }}
    >
      <IconComponent stroke={1.5} {...getStyles('controlIcon')} />
    </RichTextEditor.Control>
  );
}

export const TableRowAfterControl = () => (
  <StateControl label="tableRowAfterControlLabel" icon={IconRowInsertBottom} applies={isInTable} run={(c) => c.addRowAfter()} />
);
export const TableColumnAfterControl = () => (
  <StateControl label="tableColumnAfterControlLabel" icon={IconColumnInsertRight} applies={isInTable} run={(c) => c.addColumnAfter()} />
);
export const TableRowDeleteControl = () => (
  <StateControl label="tableRowDeleteControlLabel" icon={IconRowRemove} applies={isInTable} run={(c) => c.deleteRow()} />
);
export const TableColumnDeleteControl = () => (
  <StateControl label="tableColumnDeleteControlLabel" icon={IconColumnRemove} applies={isInTable} run={(c) => c.deleteColumn()} />
);
export const TableDeleteControl = () => (
  <StateControl label="tableDeleteControlLabel" icon={IconTableOff} applies={isInTable} run={(c) => c.deleteTable()} />
);
export const UndoControl = () => (
  <StateControl label="undoControlLabel" icon={IconArrowBackUp} applies={(s) => undoDepth(s) > 0} run={(c) => c.undo()} />
);
export const RedoControl = () => (
  <StateControl label="redoControlLabel" icon={IconArrowForwardUp} applies={(s) => redoDepth(s) > 0} run={(c) => c.redo()} />
);
