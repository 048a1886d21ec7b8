import { z } from 'zod';
import { isDisplayableImageSrc } from './safe-url';

export const articleStatusSchema = z.enum([
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'scheduled',
  'published',
  'unpublished',
]);
export type ArticleStatus = z.infer<typeof articleStatusSchema>;
export const articleStatuses = articleStatusSchema.options;

export const DEFAULT_SOURCE = 'Thanhuytphcm.vn';
export const LIMITS = {
  title: 150,
  sapo: 400,
  seoTitle: 70,
  seoDescription: 160,
  tags: 10,
  related: 5,
  caption: 300,
  alt: 200,
} as const;

/** TipTap/ProseMirror JSON. Validated structurally; the editor schema validates the rest. */
export type TiptapNode = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: TiptapNode[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
};
export const tiptapNodeSchema: z.ZodType<TiptapNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(tiptapNodeSchema).optional(),
    marks: z.array(z.object({ type: z.string(), attrs: z.record(z.string(), z.unknown()).optional() })).optional(),
    text: z.string().optional(),
  }),
);
export const tiptapDocSchema = z.object({
  type: z.literal('doc'),
  content: z.array(tiptapNodeSchema).optional(),
});
export type TiptapDoc = z.infer<typeof tiptapDocSchema>;
export const emptyDoc = (): TiptapDoc => ({ type: 'doc', content: [{ type: 'paragraph' }] });

/** A photo as it is written: a URL an `<img>` may load (never `javascript:` or `data:text/html`), caption and alt. */
export const featuredImageSchema = z.object({
  url: z.string().min(1).refine(isDisplayableImageSrc, { message: 'unsafe_url' }),
  caption: z.string().trim().min(1, { message: 'required' }).max(LIMITS.caption, { message: 'too_long' }),
  alt: z.string().trim().min(1, { message: 'required' }).max(LIMITS.alt, { message: 'too_long' }),
  mediaId: z.string().optional(),
});
export type FeaturedImage = z.infer<typeof featuredImageSchema>;

const storedImageShape = z.object({ url: z.string(), caption: z.string(), alt: z.string(), mediaId: z.string().optional() });

/**
 * A photo as an API answers it. Writing limits are not reading limits: a long caption is still shown
 * (and flagged when the article is edited). A photo whose URL an `<img>` may not load, or that is
 * malformed, is dropped and the article kept: one bad record never refuses a whole list.
 */
export const storedFeaturedImageSchema = z.preprocess((value) => {
  if (!value || typeof value !== 'object') return null;
  const { caption, alt, ...rest } = value as Record<string, unknown>;
  const parsed = storedImageShape.safeParse({ ...rest, caption: typeof caption === 'string' ? caption : '', alt: typeof alt === 'string' ? alt : '' });
  return parsed.success && isDisplayableImageSrc(parsed.data.url) ? parsed.data : null;
}, storedImageShape.nullable());

export const slugSchema = z
  .string()
  .max(200, { message: 'too_long' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'slug_format' });

/** What a writer can change. Shared by the form, the adapters and the mock server. */
export const articleInputSchema = z.object({
  title: z.string().trim().min(1, { message: 'required' }).max(LIMITS.title, { message: 'too_long' }),
  sapo: z.string().trim().min(1, { message: 'required' }).max(LIMITS.sapo, { message: 'too_long' }),
  body: tiptapDocSchema,
  slug: z.union([slugSchema, z.literal('')]),
  categoryId: z.string().min(1, { message: 'required' }),
  tags: z.array(z.string().trim().min(1)).max(LIMITS.tags, { message: 'too_many' }),
  byline: z.string().trim().max(120, { message: 'too_long' }),
  source: z.string().trim().max(120, { message: 'too_long' }),
  featuredImage: featuredImageSchema.nullable(),
  relatedIds: z.array(z.string()).max(LIMITS.related, { message: 'too_many' }),
  seoTitle: z.string().trim().max(LIMITS.seoTitle, { message: 'too_long' }),
  seoDescription: z.string().trim().max(LIMITS.seoDescription, { message: 'too_long' }),
});
export type ArticleInput = z.infer<typeof articleInputSchema>;

/** A draft may be saved incomplete; only submit needs a valid article. */
export const articleDraftSchema = articleInputSchema.partial().extend({
  title: z.string().max(LIMITS.title, { message: 'too_long' }).optional(),
  sapo: z.string().max(LIMITS.sapo, { message: 'too_long' }).optional(),
  categoryId: z.string().optional(),
});
export type ArticleDraft = z.infer<typeof articleDraftSchema>;

export const articleSchema = z.object({
  id: z.string(),
  title: z.string(),
  sapo: z.string(),
  body: tiptapDocSchema,
  slug: z.string(),
  categoryId: z.string(),
  tags: z.array(z.string()),
  authorId: z.string(),
  byline: z.string(),
  source: z.string(),
  featuredImage: storedFeaturedImageSchema,
  relatedIds: z.array(z.string()),
  seoTitle: z.string(),
  seoDescription: z.string(),
  status: articleStatusSchema,
  scheduledAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /**
   * When the article last entered review (a submission, or an edit that sent an approved article
   * back): what the review queue's waiting time counts from, which later edits do not reset.
   */
  submittedAt: z.string().nullable().default(null),
  version: z.number().int().nonnegative(),
  commentCount: z.number().int().nonnegative().default(0),
  wordCount: z.number().int().nonnegative().default(0),
  lastReason: z
    .object({ codes: z.array(z.string()), text: z.string(), by: z.string(), at: z.string() })
    .nullable()
    .default(null),
});
export type Article = z.infer<typeof articleSchema>;

/** A list row: everything but the body, to keep lists light. */
export const articleSummarySchema = articleSchema.omit({ body: true });
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

export const articleSortSchema = z.enum(['updatedAt:desc', 'updatedAt:asc', 'createdAt:desc', 'createdAt:asc', 'submittedAt:desc', 'submittedAt:asc']);
export type ArticleSort = z.infer<typeof articleSortSchema>;
export const pageSizes = [10, 20, 50, 100] as const;

export const articleListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  sort: articleSortSchema.default('updatedAt:desc'),
  status: z.array(articleStatusSchema).optional(),
  categoryId: z.string().optional(),
  authorId: z.string().optional(),
  q: z.string().optional(),
});
export type ArticleListQuery = z.infer<typeof articleListQuerySchema>;

export const listOf = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int().nonnegative() });
export type ListResult<T> = { items: T[]; total: number };

export const categorySchema = z.object({ id: z.string(), name: z.string(), slug: z.string() });
export type Category = z.infer<typeof categorySchema>;

export const historyEntrySchema = z.object({
  id: z.string(),
  articleId: z.string(),
  action: z.string(),
  from: articleStatusSchema.nullable(),
  to: articleStatusSchema,
  by: z.string(),
  at: z.string(),
  note: z.string().default(''),
  reasonCodes: z.array(z.string()).default([]),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
