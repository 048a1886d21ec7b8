import { Alert, Box, Grid, Stack } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { Suspense, useEffect, useRef, useState, type RefObject } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from '@/i18n';
import { canEdit, LIMITS, statusAfterEdit, type Article } from '@/domain';
import { useCurrentUser } from '@/api/session';
import { AfterFirstPaint } from '@/components/after-first-paint';
import { LockNotice, useArticleLock } from '@/components/workflow';
import { fitToSchema } from '@/components/rich-text/render-html';
import { ConflictHost, ForbiddenAlert, RequeueHost } from './autosave/save-problems';
import { LeaveGuard } from './autosave/leave-guard';
import { OfflineBanner } from './autosave/offline-banner';
import { RestoreDialog } from './autosave/restore-dialog';
import { emptySnapshot, snapshotOf, type EditorSnapshot } from './autosave/snapshot';
import { useAutosave } from './autosave/use-autosave';
import { useRestoreOffer } from './autosave/use-restore-offer';
import { BodyEditor } from './body/body-editor';
import { useBodyEditor } from './body/use-body-editor';
import { EditorHeader } from './editor-header';
import { CountedField } from './form/counted-field';
import { articleFormSchema, initialFormValues, type ArticleFormValues } from './form/form-values';
import { MetaPanel } from './form/meta-panel';
import { LazyEditorWorkflow, LazyPreviewFrame, preloadLazyParts } from './lazy-parts';
import { useSubmitForReview } from './use-submit';
import type { Editor } from '@tiptap/react';

type Props = { article: Article | null; onCreated(article: Article): void };

/** The editor page's body, once the article (or a blank one) is known. Mounted once per article. */
export function ArticleEditor(props: Props) {
  const user = useCurrentUser();
  const [saved] = useState<EditorSnapshot>(() => (props.article ? snapshotOf(props.article) : emptySnapshot(user.name)));
  const mayEdit = props.article ? canEdit(user, props.article) : true;
  // While someone else holds the article it opens read-only; a takeover by the editor-in-chief turns
  // this tab read-only too: the autosave stops at once, what was typed goes to the local copy (offered
  // back on reopening), and nothing more is written over the new holder's work.
  const onLostRef = useRef<() => void>(() => undefined);
  const lock = useArticleLock(props.article?.id ?? null, { enabled: mayEdit, onLost: () => onLostRef.current() });
  const readOnly = !mayEdit || lock.readOnly;
  const editor = useBodyEditor(saved.body, !readOnly);
  useEffect(() => {
    if (editor && !editor.isDestroyed && editor.isEditable === readOnly) editor.setEditable(!readOnly);
  }, [editor, readOnly]);
  if (!editor) return null;
  return (
    <>
      <LockNotice state={lock.state} takeOver={lock.takeOver} />
      <ArticleEditorForm {...props} saved={saved} editor={editor} readOnly={readOnly} lockedOut={mayEdit && readOnly} onLostRef={onLostRef} recheckLock={lock.recheck} />
    </>
  );
}

type FormProps = Props & {
  saved: EditorSnapshot;
  editor: Editor;
  readOnly: boolean;
  lockedOut: boolean;
  onLostRef: RefObject<() => void>;
  recheckLock(): void;
};

function ArticleEditorForm({ article, onCreated, saved, editor, readOnly, lockedOut, onLostRef, recheckLock }: FormProps) {
  const { t } = useTranslation('editor');
  const user = useCurrentUser();
  const slugFrozen = article?.status === 'published' || !!article?.publishedAt;
  const [defaults] = useState(() => initialFormValues(saved, slugFrozen || readOnly));
  const form = useForm<ArticleFormValues>({
    defaultValues: defaults,
    resolver: zodResolver(articleFormSchema),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { engine, statusStore } = useAutosave({ article, saved, form, editor, enabled: !readOnly, onCreated, onLockedOut: recheckLock });
  const restore = useRestoreOffer(article?.id ?? null, saved);
  const { submit, submitting } = useSubmitForReview(form, engine);
  useEffect(() => {
    onLostRef.current = () => engine.keepLocally();
  }, [engine, onLostRef]);
  // An approval covers the approved text: a save by anyone but the editor-in-chief sends it back to
  // review, so the first one waits for the person's go-ahead (and says so before anything is typed).
  const requeues = !!article && statusAfterEdit(article.status, user.roles) !== article.status;
  useEffect(() => engine.requireConfirmation(requeues), [engine, requeues]);
  const [preview, setPreview] = useState<EditorSnapshot | null>(null);
  useEffect(() => preloadLazyParts(), []);

  const load = (s: EditorSnapshot) => {
    form.reset(initialFormValues(s, slugFrozen || readOnly), { keepDefaultValues: true, keepErrors: false });
    editor.commands.setContent(fitToSchema(s.body), { emitUpdate: true });
  };
  const read = (): EditorSnapshot => ({ ...form.getValues(), body: editor.getJSON() as EditorSnapshot['body'] });

  return (
    <FormProvider {...form}>
      <OfflineBanner store={statusStore} />
      <EditorHeader
        isNew={!article && !engine.articleId}
        article={article}
        statusStore={statusStore}
        previewing={preview !== null}
        readOnly={readOnly}
        submitting={submitting}
        onSave={() => void engine.flush()}
        onTogglePreview={() => setPreview((p) => (p ? null : read()))}
        onSubmit={() => void submit()}
      />
      {article && (
        <AfterFirstPaint>
          <Suspense fallback={null}>
            <LazyEditorWorkflow article={article} engine={engine} statusStore={statusStore} readOnly={readOnly} requeue={requeues && !readOnly} />
          </Suspense>
        </AfterFirstPaint>
      )}
      {readOnly && !lockedOut && (
        <Alert color="gray" mb="sm">
          {t('page.readOnly')}
        </Alert>
      )}
      <ForbiddenAlert store={statusStore} />
      {preview && (
        <Suspense fallback={null}>
          <LazyPreviewFrame
            article={{ ...preview, date: article?.publishedAt ?? article?.scheduledAt ?? new Date() }}
            relatedIds={preview.relatedIds}
          />
        </Suspense>
      )}
      <Box component="form" noValidate onSubmit={(e) => e.preventDefault()} display={preview ? 'none' : undefined} aria-label={t('sections.content')} data-local-copy={restore.state}>
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <Stack gap="md">
              <CountedField name="title" label={t('fields.title')} placeholder={t('fields.titlePlaceholder')} limit={LIMITS.title} required readOnly={readOnly} size="lg" />
              <CountedField name="sapo" label={t('fields.sapo')} placeholder={t('fields.sapoPlaceholder')} limit={LIMITS.sapo} required multiline readOnly={readOnly} />
              <BodyEditor editor={editor} readOnly={readOnly} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            {/* The body first: the panel comes a frame later, and a long body takes keys sooner. */}
            <AfterFirstPaint>
              <MetaPanel articleId={engine.articleId} slugFrozen={slugFrozen} readOnly={readOnly} />
            </AfterFirstPaint>
          </Grid.Col>
        </Grid>
      </Box>
      <ConflictHost
        store={statusStore}
        onKeepMine={() => void engine.keepMine()}
        onTakeTheirs={() => {
          const theirs = engine.takeTheirs();
          if (!theirs) return;
          load(snapshotOf(theirs));
          // Loading their copy is not an edit: nothing of it goes back to the server.
          engine.settle();
        }}
      />
      <RequeueHost store={statusStore} onConfirm={() => void engine.confirmWrite()} onHold={() => engine.holdWrites()} />
      {/* Offered once the text can be edited here again (not while someone else holds the article). */}
      {restore.offer && !readOnly && (
        <RestoreDialog
          copy={restore.offer}
          server={saved}
          onRestore={() => {
            load(restore.offer!.snapshot);
            restore.dismiss();
          }}
          onDiscard={restore.discard}
        />
      )}
      {!readOnly && <LeaveGuard engine={engine} />}
    </FormProvider>
  );
}
