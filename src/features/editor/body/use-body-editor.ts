import { useEditor, type Editor } from '@tiptap/react';
import { useMemo } from 'react';
import { useTranslation } from '@/i18n';
import type { TiptapDoc } from '@/domain';
import { articleExtensions } from '@/components/rich-text/extensions';
import { cleanPastedHtml, cleanPastedText } from '@/components/rich-text/paste';
import { fitToSchema } from '@/components/rich-text/render-html';

/**
 * The body's TipTap editor. It never re-renders React on a transaction: the toolbar reads state
 * through `useEditorState` selectors and the rest listens to editor events, so a keystroke in a
 * 20,000-word article touches only ProseMirror.
 */
export function useBodyEditor(initial: TiptapDoc, editable: boolean): Editor | null {
  const { t } = useTranslation('editor');
  // The editor reads its content once; walking a long body again on every render of the form is waste.
  const content = useMemo(() => fitToSchema(initial), [initial]);
  return useEditor({
    extensions: articleExtensions({ placeholder: t('fields.bodyPlaceholder') }),
    content,
    editable,
    // Made in an effect, not while rendering: the page renders in a transition that yields, and an
    // editor made during a render that has not committed within a millisecond is destroyed by TipTap,
    // which made React throw the whole render away and do it again (~80 ms on a 20,000-word body).
    immediatelyRender: false,
    shouldRerenderOnTransaction: false,
    editorProps: {
      transformPastedHTML: cleanPastedHtml,
      transformPastedText: cleanPastedText,
      attributes: {
        'aria-label': t('fields.body'),
        'aria-multiline': 'true',
        role: 'textbox',
        spellcheck: 'true',
        lang: 'vi',
      },
    },
  });
}
