import { RichTextEditor } from '@mantine/tiptap';
import { useTranslation } from '@/i18n';
import { FigureControl } from './figure-control';
import { LinkControl } from './link-control';
import {
  RedoControl,
  TableColumnAfterControl,
  TableColumnDeleteControl,
  TableDeleteControl,
  TableRowAfterControl,
  TableRowDeleteControl,
  UndoControl,
} from './state-controls';
import { TableInsertControl } from './table-insert-control';

/** Grouped like the editors reporters know; every tooltip names its shortcut. */
export function EditorToolbar() {
  const { t } = useTranslation('editor');
  return (
    <RichTextEditor.Toolbar sticky stickyOffset="var(--app-shell-header-offset, 0px)" aria-label={t('toolbar.label')} role="toolbar">
      <RichTextEditor.ControlsGroup>
        <RichTextEditor.Bold />
        <RichTextEditor.Italic />
        <RichTextEditor.Underline />
        <RichTextEditor.Strikethrough />
        <RichTextEditor.ClearFormatting />
      </RichTextEditor.ControlsGroup>
      <RichTextEditor.ControlsGroup>
        <RichTextEditor.H2 />
        <RichTextEditor.H3 />
        <RichTextEditor.H4 />
      </RichTextEditor.ControlsGroup>
      <RichTextEditor.ControlsGroup>
        <RichTextEditor.BulletList />
        <RichTextEditor.OrderedList />
        <RichTextEditor.Blockquote />
        <RichTextEditor.Hr />
      </RichTextEditor.ControlsGroup>
      <RichTextEditor.ControlsGroup>
        <LinkControl />
        <RichTextEditor.Unlink />
      </RichTextEditor.ControlsGroup>
      <RichTextEditor.ControlsGroup>
        <FigureControl />
        <TableInsertControl />
        <TableRowAfterControl />
        <TableColumnAfterControl />
        <TableRowDeleteControl />
        <TableColumnDeleteControl />
        <TableDeleteControl />
      </RichTextEditor.ControlsGroup>
      <RichTextEditor.ControlsGroup>
        <UndoControl />
        <RedoControl />
      </RichTextEditor.ControlsGroup>
    </RichTextEditor.Toolbar>
  );
}
