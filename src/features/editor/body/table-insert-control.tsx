import { Popover, UnstyledButton } from '@mantine/core';
import { RichTextEditor, useRichTextEditorContext } from '@mantine/tiptap';
import { IconTablePlus } from '@tabler/icons-react';
import { useState, type CSSProperties } from 'react';

const COLUMNS = 10;
const ROWS = 10;
const NONE = { columns: 0, rows: 0 };

/**
 * Inserts a table of the size picked on a grid, with a header row. Mantine's own control looks the
 * same but decides whether it is enabled with `editor.can().insertTable()` after every keystroke,
 * which builds every command of every extension twice and a 3×3 table to throw away: most of what
 * typing allocated on a long article, and the garbage collections that came with it. Inserting a
 * table is always possible in an editable body, and the toolbar shows only on one.
 */
export function TableInsertControl() {
  const { editor, labels, getStyles } = useRichTextEditorContext();
  const [opened, setOpened] = useState(false);
  const [picked, setPicked] = useState(NONE);
  const close = () => {
    setOpened(false);
    setPicked(NONE);
  };
  const insert = (columns: number, rows: number) => {
    close();
    if (editor && !editor.isDestroyed) editor.chain().focus().insertTable({ rows, cols: columns, withHeaderRow: true }).run();
  };

  const cell = (index: number) => {
    const column = (index % COLUMNS) + 1;
    const row = Math.floor(index / COLUMNS) + 1;
    const pick = () => setPicked({ columns: column, rows: row });
    return (
      <UnstyledButton
        key={`${row}-${column}`}
        data-active={(column <= picked.columns && row <= picked.rows) || undefined}
        aria-label={labels.tableInsertLabel(column, row)}
        onMouseEnter={pick}
        onFocus={pick}
        onClick={() => insert(column, row)}
        {...getStyles('tableInsertCell')}
      />
    );
  };
  const grid = getStyles('tableInsertGrid');

  return (
    <Popover trapFocus shadow="md" position="bottom-end" opened={opened} onChange={(open) => !open && close()}>
      <Popover.Target>
        <RichTextEditor.Control
          aria-label={labels.tableInsertControlLabel}
          title={labels.tableInsertControlLabel}
          active={opened}
          onClick={() => (opened ? close() : setOpened(true))}
        >
          <IconTablePlus stroke={1.5} {...getStyles('controlIcon')} />
        </RichTextEditor.Control>
      </Popover.Target>
      <Popover.Dropdown {...getStyles('tableInsertDropdown')}>
        <div {...grid} style={{ ...grid.style, '--rte-table-insert-columns': COLUMNS } as CSSProperties} onMouseLeave={() => setPicked(NONE)}>
          {opened && Array.from({ length: ROWS * COLUMNS }, (_, index) => cell(index))}
        </div>
        <div {...getStyles('tableInsertLabel')}>{picked.columns > 0 ? `${picked.columns} × ${picked.rows}` : labels.tableInsertControlLabel}</div>
      </Popover.Dropdown>
    </Popover>
  );
}
