import { useHotkeys } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import type { Editor } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Article } from '@/domain';
import { articleKeys } from '@/api/queries';
import { useApi } from '@/api/react';
import type { ArticleFormValues } from '../form/form-values';
import { indexedDbCopies } from './local-copy';
import { SaveEngine } from './save-engine';
import { StatusStore } from './status-store';
import type { EditorSnapshot } from './snapshot';

type Options = {
  article: Article | null;
  saved: EditorSnapshot;
  form: UseFormReturn<ArticleFormValues>;
  editor: Editor;
  enabled: boolean;
  onCreated(article: Article): void;
  /** A save met someone else's edit lock: the page asks the lock again, to show who took it. */
  onLockedOut?(): void;
};

/** Field errors this hook put on the form (drafts the server could not take), to clear them later. */
const OWN_ERROR_TYPES = new Set(['draft', 'server']);

/**
 * Binds the save engine to the form and the editor: every change notifies it (cheap), Ctrl+S saves,
 * coming back online retries at once. The engine reads the form and the body only when it saves.
 */
export function useAutosave({ article, saved, form, editor, enabled, onCreated, onLockedOut }: Options) {
  const api = useApi();
  const client = useQueryClient();
  const [statusStore] = useState(() => new StatusStore());
  const ownErrors = useRef(new Set<string>());
  const callbacks = useRef({ onCreated, onLockedOut });
  callbacks.current = { onCreated, onLockedOut };

  const [engine] = useState(
    () =>
      new SaveEngine({
        articleId: article?.id ?? null,
        version: article?.version ?? 0,
        saved,
        read: () => (editor.isDestroyed || editor.view.composing ? null : { ...form.getValues(), body: editor.getJSON() as EditorSnapshot['body'] }),
        create: (draft, options) => api.articles.create(draft, options),
        update: (id, patch, version) => api.articles.update(id, patch, version),
        local: indexedDbCopies,
        onStatus: (s) => statusStore.set(s),
        onCreated: (a) => callbacks.current.onCreated(a),
        onLockedOut: () => callbacks.current.onLockedOut?.(),
        onSaved: (a) => {
          client.setQueryData(articleKeys.detail(a.id), a);
          void client.invalidateQueries({ queryKey: articleKeys.lists() });
        },
        onInvalid: (fields) => {
          for (const name of ownErrors.current) {
            if (!(name in fields)) form.clearErrors(name as keyof ArticleFormValues);
          }
          ownErrors.current = new Set(Object.keys(fields));
          for (const [name, code] of Object.entries(fields)) {
            const current = form.getFieldState(name as keyof ArticleFormValues).error;
            if (current && !OWN_ERROR_TYPES.has(String(current.type))) continue;
            form.setError(name as keyof ArticleFormValues, { type: 'draft', message: code });
          }
        },
      }),
  );

  useEffect(() => {
    if (!enabled) return;
    engine.start();
    const changed = () => engine.changed();
    const sub = form.watch(changed);
    editor.on('update', changed);
    // The last keystroke of a composition may not produce an update after composing ends. Listen on
    // the document: the editor's view may not be mounted yet when this effect runs.
    const compositionEnded = (event: Event) => {
      if (!editor.isDestroyed && editor.isInitialized && editor.view.dom.contains(event.target as Node)) changed();
    };
    document.addEventListener('compositionend', compositionEnded, true);
    const online = () => void engine.flush();
    window.addEventListener('online', online);
    return () => {
      sub.unsubscribe();
      editor.off('update', changed);
      document.removeEventListener('compositionend', compositionEnded, true);
      window.removeEventListener('online', online);
      engine.stop();
    };
  }, [engine, editor, form, enabled]);

  useHotkeys(
    [
      [
        'mod+s',
        () => {
          if (enabled) void engine.flush();
        },
      ],
    ],
    [],
    true,
  );

  return { engine, statusStore };
}
