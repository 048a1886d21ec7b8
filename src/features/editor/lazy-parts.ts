import { lazy } from 'react';

// Parts of the editor page that no first keystroke needs: their code loads once the page is idle
// (or when first shown), not on the way to an editable body.
const loadPreview = () => import('./preview/preview-frame');
const loadConflict = () => import('./autosave/conflict-dialog');

export const LazyPreviewFrame = lazy(() => loadPreview().then((m) => ({ default: m.PreviewFrame })));
export const LazyConflictDialog = lazy(() => loadConflict().then((m) => ({ default: m.ConflictDialog })));

/** Fetches them in the background, so that a conflict or the preview opens without a wait. */
export function preloadLazyParts(): () => void {
  const load = () => {
    void Promise.all([loadPreview(), loadConflict()]).catch(() => undefined);
  };
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(load, { timeout: 3000 });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(load, 1000);
  return () => clearTimeout(timer);
}
