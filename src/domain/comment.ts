import { z } from 'zod';

export const commentStatusSchema = z.enum(['pending', 'approved', 'rejected', 'spam']);
export type CommentStatus = z.infer<typeof commentStatusSchema>;
export const commentStatuses = commentStatusSchema.options;

export const commentActionSchema = z.enum(['approve', 'reject', 'spam', 'restore']);
export type CommentAction = z.infer<typeof commentActionSchema>;
export const commentActionTarget: Record<CommentAction, CommentStatus> = {
  approve: 'approved',
  reject: 'rejected',
  spam: 'spam',
  restore: 'pending',
};

export const commentFlagSchema = z.object({
  ruleId: z.string(),
  term: z.string(),
  severity: z.enum(['block', 'suspect']),
  start: z.int(),
  end: z.int(),
});

export const commentSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  articleTitle: z.optional(z.string()),
  parentId: z.nullable(z.string()),
  authorName: z.string(),
  email: z.optional(z.string()),
  url: z.optional(z.string()),
  ipHash: z.string(),
  body: z.string(),
  createdAt: z.string(),
  status: commentStatusSchema,
  reports: z.int().check(z.nonnegative()),
  staffReply: z.boolean(),
  flags: z._default(z.array(commentFlagSchema), []),
  version: z._default(z.int().check(z.nonnegative()), 0),
  moderatedBy: z._default(z.nullable(z.string()), null),
  moderatedAt: z._default(z.nullable(z.string()), null),
});
export type Comment = z.infer<typeof commentSchema>;

export const commentQueueSchema = z.enum(['pending', 'reported', 'approved', 'rejected', 'spam']);
export type CommentQueue = z.infer<typeof commentQueueSchema>;

export const commentListQuerySchema = z.object({
  page: z._default(z.coerce.number().check(z.int(), z.minimum(1)), 1),
  pageSize: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(20000)), 50),
  queue: z.optional(commentQueueSchema),
  articleId: z.optional(z.string()),
  q: z.optional(z.string()),
  sort: z.optional(z.enum(['createdAt:asc', 'createdAt:desc'])),
});
export type CommentListQuery = z.infer<typeof commentListQuerySchema>;

export const commentCountsSchema = z.record(commentQueueSchema, z.int().check(z.nonnegative()));
export type CommentCounts = z.infer<typeof commentCountsSchema>;

export const commentReplyInputSchema = z.object({ body: z.string().check(z.trim(), z.minLength(1, { message: 'required' }), z.maxLength(5000)) });

/** Each comment of a bulk action carries the version it was seen at, like a single action. */
export const bulkCommentItemSchema = z.object({ id: z.string(), version: z.int().check(z.nonnegative()) });
export type BulkCommentItem = z.infer<typeof bulkCommentItemSchema>;

export const bulkCommentInputSchema = z.object({
  items: z.array(bulkCommentItemSchema).check(z.minLength(1)),
  action: commentActionSchema,
});
export const bulkResultSchema = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      ok: z.boolean(),
      error: z.optional(z.object({ code: z.string(), message: z.string() })),
      comment: z.optional(commentSchema),
    }),
  ),
});
export type BulkResult = z.infer<typeof bulkResultSchema>;

export const moderationRuleSchema = z.object({
  id: z.string(),
  term: z.string().check(z.trim(), z.minLength(1, { message: 'required' })),
  severity: z.enum(['block', 'suspect']),
});
export type ModerationRule = z.infer<typeof moderationRuleSchema>;
