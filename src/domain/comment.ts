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
  start: z.number().int(),
  end: z.number().int(),
});

export const commentSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  articleTitle: z.string().optional(),
  parentId: z.string().nullable(),
  authorName: z.string(),
  email: z.string().optional(),
  url: z.string().optional(),
  ipHash: z.string(),
  body: z.string(),
  createdAt: z.string(),
  status: commentStatusSchema,
  reports: z.number().int().nonnegative(),
  staffReply: z.boolean(),
  flags: z.array(commentFlagSchema).default([]),
  version: z.number().int().nonnegative().default(0),
  moderatedBy: z.string().nullable().default(null),
  moderatedAt: z.string().nullable().default(null),
});
export type Comment = z.infer<typeof commentSchema>;

export const commentQueueSchema = z.enum(['pending', 'reported', 'approved', 'rejected', 'spam']);
export type CommentQueue = z.infer<typeof commentQueueSchema>;

export const commentListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(20000).default(50),
  queue: commentQueueSchema.optional(),
  articleId: z.string().optional(),
  q: z.string().optional(),
  sort: z.enum(['createdAt:asc', 'createdAt:desc']).optional(),
});
export type CommentListQuery = z.infer<typeof commentListQuerySchema>;

export const commentCountsSchema = z.record(commentQueueSchema, z.number().int().nonnegative());
export type CommentCounts = z.infer<typeof commentCountsSchema>;

export const commentReplyInputSchema = z.object({ body: z.string().trim().min(1, { message: 'required' }).max(5000) });

/** Each comment of a bulk action carries the version it was seen at, like a single action. */
export const bulkCommentItemSchema = z.object({ id: z.string(), version: z.number().int().nonnegative() });
export type BulkCommentItem = z.infer<typeof bulkCommentItemSchema>;

export const bulkCommentInputSchema = z.object({
  items: z.array(bulkCommentItemSchema).min(1),
  action: commentActionSchema,
});
export const bulkResultSchema = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      ok: z.boolean(),
      error: z.object({ code: z.string(), message: z.string() }).optional(),
      comment: commentSchema.optional(),
    }),
  ),
});
export type BulkResult = z.infer<typeof bulkResultSchema>;

export const moderationRuleSchema = z.object({
  id: z.string(),
  term: z.string().trim().min(1, { message: 'required' }),
  severity: z.enum(['block', 'suspect']),
});
export type ModerationRule = z.infer<typeof moderationRuleSchema>;
