import '@mantine/tiptap/styles.css';
import { RichTextEditor } from '@mantine/tiptap';
import type { Editor } from '@tiptap/react';
import { useMemo } from 'react';
import { containTyping } from './contain-typing';
import { deferEditorEvents } from './deferred-editor';
import { EditorStats } from './editor-stats';
import { EditorToolbar } from './editor-toolbar';
import { useToolbarLabels } from './use-toolbar-labels';
import classes from './body-editor.module.css';

/** The body: Mantine's RichTextEditor around our TipTap editor, with its toolbar and counts. */
export function BodyEditor({ editor, readOnly }: { editor: Editor; readOnly?: boolean }) {
  const labels = useToolbarLabels();
  // The controls read the editor from the context, its events a frame late (see deferEditorEvents);
  // the content is the editor itself.
  const forControls = useMemo(() => deferEditorEvents(editor), [editor]);
  const content = { editor } as object;
  return (
    <RichTextEditor editor={forControls} labels={labels} className={classes.root}>
      {!readOnly && <EditorToolbar />}
      <RichTextEditor.Content ref={containTyping} className={classes.content} {...content} />
      <EditorStats editor={editor} />
    </RichTextEditor>
  );
}
