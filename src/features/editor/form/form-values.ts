import { z } from 'zod';
import { articleInputSchema, LIMITS, slugify } from '@/domain';
import type { EditorSnapshot } from '../autosave/snapshot';

/** The form holds every field but the body, which lives in the TipTap editor. */
export type ArticleFormValues = Omit<EditorSnapshot, 'body'>;

/** Submit-level rules: the domain's article schema, minus the body the editor validates itself. */
export const articleFormSchema = z.omit(articleInputSchema, { body: true });

export function formValuesOf(snapshot: EditorSnapshot): ArticleFormValues {
  const { body: _body, ...values } = snapshot;
  return values;
}

/** The limit quoted in a field's error message and shown by its counter. */
export const FIELD_LIMITS: Record<string, number> = {
  title: LIMITS.title,
  sapo: LIMITS.sapo,
  seoTitle: LIMITS.seoTitle,
  seoDescription: LIMITS.seoDescription,
  tags: LIMITS.tags,
  relatedIds: LIMITS.related,
  'featuredImage.caption': LIMITS.caption,
  'featuredImage.alt': LIMITS.alt,
  byline: 120,
  source: 120,
};

/** A draft that never had a slug gets the title's, as the slug field would have typed it. */
export function initialFormValues(snapshot: EditorSnapshot, slugFrozen: boolean): ArticleFormValues {
  const values = formValuesOf(snapshot);
  if (!slugFrozen && values.slug === '' && values.title.trim()) values.slug = slugify(values.title);
  return values;
}
