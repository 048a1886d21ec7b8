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
export const tiptapNodeSchema: z.ZodMiniType<TiptapNode> = z.lazy(() =>
  z.object({
    type: z.string().check(z.minLength(1)),
    attrs: z.optional(z.record(z.string(), z.unknown())),
    content: z.optional(z.array(tiptapNodeSchema)),
    marks: z.optional(z.array(z.object({ type: z.string(), attrs: z.optional(z.record(z.string(), z.unknown())) }))),
    text: z.optional(z.string()),
  }),
);
export const tiptapDocSchema = z.object({
  type: z.literal('doc'),
  content: z.optional(z.array(tiptapNodeSchema)),
});
export type TiptapDoc = z.infer<typeof tiptapDocSchema>;
export const emptyDoc = (): TiptapDoc => ({ type: 'doc', content: [{ type: 'paragraph' }] });

/** A photo as it is written: a URL an `<img>` may load (never `javascript:` or `data:text/html`), caption and alt. */
export const featuredImageSchema = z.object({
  url: z.string().check(z.minLength(1), z.refine(isDisplayableImageSrc, { message: 'unsafe_url' })),
  caption: z.string().check(z.trim(), z.minLength(1, { message: 'required' }), z.maxLength(LIMITS.caption, { message: 'too_long' })),
  alt: z.string().check(z.trim(), z.minLength(1, { message: 'required' }), z.maxLength(LIMITS.alt, { message: 'too_long' })),
  mediaId: z.optional(z.string()),
});
export type FeaturedImage = z.infer<typeof featuredImageSchema>;

const storedImageShape = z.object({ url: z.string(), caption: z.string(), alt: z.string(), mediaId: z.optional(z.string()) });

/**
 * A photo as an API answers it. Writing limits are not reading limits: a long caption is still shown
 * (and flagged when the article is edited). A photo whose URL an `<img>` may not load, or that is
 * malformed, is dropped and the article kept: one bad record never refuses a whole list.
 * (A transform piped into the schema: Mini's spelling of `preprocess`.)
 */
export const storedFeaturedImageSchema = z.pipe(
  z.transform((value: unknown) => {
    if (!value || typeof value !== 'object') return null;
    const { caption, alt, ...rest } = value as Record<string, unknown>;
    const parsed = storedImageShape.safeParse({ ...rest, caption: typeof caption === 'string' ? caption : '', alt: typeof alt === 'string' ? alt : '' });
    return parsed.success && isDisplayableImageSrc(parsed.data.url) ? parsed.data : null;
  }),
  z.nullable(storedImageShape),
);

export const slugSchema = z.string().check(z.maxLength(200, { message: 'too_long' }), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'slug_format' }));

/** What a writer can change. Shared by the form, the adapters and the mock server. */
export const articleInputSchema = z.object({
  title: z.string().check(z.trim(), z.minLength(1, { message: 'required' }), z.maxLength(LIMITS.title, { message: 'too_long' })),
  sapo: z.string().check(z.trim(), z.minLength(1, { message: 'required' }), z.maxLength(LIMITS.sapo, { message: 'too_long' })),
  body: tiptapDocSchema,
  slug: z.union([slugSchema, z.literal('')]),
  categoryId: z.string().check(z.minLength(1, { message: 'required' })),
  tags: z.array(z.string().check(z.trim(), z.minLength(1))).check(z.maxLength(LIMITS.tags, { message: 'too_many' })),
  byline: z.string().check(z.trim(), z.maxLength(120, { message: 'too_long' })),
  source: z.string().check(z.trim(), z.maxLength(120, { message: 'too_long' })),
  featuredImage: z.nullable(featuredImageSchema),
  relatedIds: z.array(z.string()).check(z.maxLength(LIMITS.related, { message: 'too_many' })),
  seoTitle: z.string().check(z.trim(), z.maxLength(LIMITS.seoTitle, { message: 'too_long' })),
  seoDescription: z.string().check(z.trim(), z.maxLength(LIMITS.seoDescription, { message: 'too_long' })),
});
export type ArticleInput = z.infer<typeof articleInputSchema>;

/** A draft may be saved incomplete; only submit needs a valid article. */
export const articleDraftSchema = z.extend(z.partial(articleInputSchema), {
  title: z.optional(z.string().check(z.maxLength(LIMITS.title, { message: 'too_long' }))),
  sapo: z.optional(z.string().check(z.maxLength(LIMITS.sapo, { message: 'too_long' }))),
  categoryId: z.optional(z.string()),
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
  scheduledAt: z.nullable(z.string()),
  publishedAt: z.nullable(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  /**
   * When the article last entered review (a submission, or an edit that sent an approved article
   * back): what the review queue's waiting time counts from, which later edits do not reset.
   */
  submittedAt: z._default(z.nullable(z.string()), null),
  version: z.int().check(z.nonnegative()),
  commentCount: z._default(z.int().check(z.nonnegative()), 0),
  wordCount: z._default(z.int().check(z.nonnegative()), 0),
  lastReason: z._default(z.nullable(z.object({ codes: z.array(z.string()), text: z.string(), by: z.string(), at: z.string() })), null),
});
export type Article = z.infer<typeof articleSchema>;

/** A list row: everything but the body, to keep lists light. */
export const articleSummarySchema = z.omit(articleSchema, { body: true });
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

export const articleSortSchema = z.enum(['updatedAt:desc', 'updatedAt:asc', 'createdAt:desc', 'createdAt:asc', 'submittedAt:desc', 'submittedAt:asc']);
export type ArticleSort = z.infer<typeof articleSortSchema>;
export const pageSizes = [10, 20, 50, 100] as const;

export const articleListQuerySchema = z.object({
  page: z._default(z.coerce.number().check(z.int(), z.minimum(1)), 1),
  pageSize: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 20),
  sort: z._default(articleSortSchema, 'updatedAt:desc'),
  status: z.optional(z.array(articleStatusSchema)),
  categoryId: z.optional(z.string()),
  authorId: z.optional(z.string()),
  q: z.optional(z.string()),
});
export type ArticleListQuery = z.infer<typeof articleListQuerySchema>;

export const listOf = <T extends z.ZodMiniType>(item: T) => z.object({ items: z.array(item), total: z.int().check(z.nonnegative()) });
export type ListResult<T> = { items: T[]; total: number };

export const categorySchema = z.object({ id: z.string(), name: z.string(), slug: z.string() });
export type Category = z.infer<typeof categorySchema>;

export const historyEntrySchema = z.object({
  id: z.string(),
  articleId: z.string(),
  action: z.string(),
  from: z.nullable(articleStatusSchema),
  to: articleStatusSchema,
  by: z.string(),
  at: z.string(),
  note: z._default(z.string(), ''),
  reasonCodes: z._default(z.array(z.string()), []),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
