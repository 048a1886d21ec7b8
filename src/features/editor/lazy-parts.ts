import { lazy } from 'react';
import { whenIdle } from '@/components/when-idle';

// Parts of the editor page that no first keystroke needs: their code loads once the page is idle
// (or when first shown), not on the way to an editable body.
const loadPreview = () => import('./preview/preview-frame');
const loadConflict = () => import('./autosave/conflict-dialog');
const loadWorkflow = () => import('./workflow/editor-workflow');

export const LazyPreviewFrame = lazy(() => loadPreview().then((m) => ({ default: m.PreviewFrame })));
export const LazyConflictDialog = lazy(() => loadConflict().then((m) => ({ default: m.ConflictDialog })));
/** Status, workflow steps, reason, history and notes: shown a moment after the body takes keys. */
export const LazyEditorWorkflow = lazy(() => loadWorkflow().then((m) => ({ default: m.EditorWorkflow })));

/** Fetches them in the background, so that a conflict or the preview opens without a wait. */
export function preloadLazyParts(): () => void {
  return whenIdle(() => void Promise.all([loadPreview(), loadConflict()]).catch(() => undefined), { timeout: 3000, fallback: 1000 });
}
