import '@mantine/tiptap/styles.css';
import { RichTextEditor } from '@mantine/tiptap';
import type { Editor } from '@tiptap/react';
import { EditorStats } from './editor-stats';
import { EditorToolbar } from './editor-toolbar';
import { useToolbarLabels } from './use-toolbar-labels';
import classes from './body-editor.module.css';

/** The body: Mantine's RichTextEditor around our TipTap editor, with its toolbar and counts. */
export function BodyEditor({ editor, readOnly }: { editor: Editor; readOnly?: boolean }) {
  const labels = useToolbarLabels();
  return (
    <RichTextEditor editor={editor} labels={labels} className={classes.root}>
      {!readOnly && <EditorToolbar />}
      <RichTextEditor.Content className={classes.content} />
      <EditorStats editor={editor} />
    </RichTextEditor>
  );
}
