import { articleDraftSchema, emptyDoc, DEFAULT_SOURCE, type Article, type ArticleDraft, type ArticleInput } from '@/domain';

/** Everything a writer can change, as the form and the editor hold it right now. */
export type EditorSnapshot = ArticleInput;
export type SnapshotField = keyof EditorSnapshot;

export const SNAPSHOT_FIELDS: readonly SnapshotField[] = [
  'title',
  'sapo',
  'body',
  'slug',
  'categoryId',
  'tags',
  'byline',
  'source',
  'featuredImage',
  'relatedIds',
  'seoTitle',
  'seoDescription',
];

export function emptySnapshot(byline = ''): EditorSnapshot {
  return {
    title: '',
    sapo: '',
    body: emptyDoc(),
    slug: '',
    categoryId: '',
    tags: [],
    byline,
    source: DEFAULT_SOURCE,
    featuredImage: null,
    relatedIds: [],
    seoTitle: '',
    seoDescription: '',
  };
}

export function snapshotOf(article: Article): EditorSnapshot {
  const s = {} as Record<SnapshotField, unknown>;
  for (const f of SNAPSHOT_FIELDS) s[f] = article[f];
  return s as EditorSnapshot;
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

export function changedFields(next: EditorSnapshot, base: EditorSnapshot): SnapshotField[] {
  return SNAPSHOT_FIELDS.filter((f) => !same(next[f], base[f]));
}

export const sameSnapshot = (a: EditorSnapshot, b: EditorSnapshot) => changedFields(a, b).length === 0;

export type DraftPatch = {
  patch: ArticleDraft;
  /** Fields left out of the save because a draft cannot hold them yet, keyed by path: code. */
  invalid: Record<string, string>;
};

/**
 * The fields that changed since `base` and that a draft may hold. An invalid field (a title over the
 * limit, a photo still missing its caption) stays on screen and in the local copy, and does not stop
 * the rest — the body above all — from reaching the server.
 */
export function draftPatch(next: EditorSnapshot, base: EditorSnapshot): DraftPatch {
  const patch: Record<string, unknown> = {};
  const invalid: Record<string, string> = {};
  for (const field of changedFields(next, base)) {
    const result = articleDraftSchema.shape[field].safeParse(next[field]);
    if (result.success) patch[field] = next[field];
    else {
      for (const issue of result.error.issues) {
        const path = [field, ...issue.path.map(String)].join('.');
        invalid[path] ??= issue.message || 'invalid';
      }
    }
  }
  return { patch: patch as ArticleDraft, invalid };
}

/** What the server holds after a save of `patch` on top of `base`. */
export function applyPatch(base: EditorSnapshot, patch: ArticleDraft): EditorSnapshot {
  return { ...base, ...(patch as Partial<EditorSnapshot>) };
}
