import { z } from 'zod';
import { listOf } from './article';
import { commentSchema, commentStatusSchema } from './comment';

/** What the moderation audit log records: the comment actions, newsroom replies, bans and their lifting. */
export const auditActionSchema = z.enum(['approve', 'reject', 'spam', 'restore', 'reply', 'ban', 'unban']);
export type AuditAction = z.infer<typeof auditActionSchema>;
export const auditActions = auditActionSchema.options;

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  /** The moderator's user id; `system` for what the server does by itself (rejections on arrival). */
  by: z.string(),
  byName: z.string(),
  action: auditActionSchema,
  commentId: z.nullable(z.string()),
  articleId: z.nullable(z.string()),
  from: z.nullable(commentStatusSchema),
  to: z.nullable(commentStatusSchema),
  note: z._default(z.string(), ''),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditQuerySchema = z.object({
  page: z._default(z.coerce.number().check(z.int(), z.minimum(1)), 1),
  pageSize: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(500)), 50),
  action: z.optional(z.array(auditActionSchema)),
  by: z.optional(z.string()),
  commentId: z.optional(z.string()),
  articleId: z.optional(z.string()),
});
export type AuditQuery = Partial<z.infer<typeof auditQuerySchema>>;

/** A banned commenter, matched by email or IP hash; `until: null` is for good. */
export const commenterBanSchema = z.object({
  id: z.string(),
  email: z.nullable(z.string()),
  ipHash: z.nullable(z.string()),
  reason: z.string(),
  until: z.nullable(z.string()),
  by: z.string(),
  at: z.string(),
});
export type CommenterBan = z.infer<typeof commenterBanSchema>;

export const banDurations = [1, 7, 30, 365] as const;

export const banInputSchema = z
  .object({
    email: z.optional(z.string().check(z.trim(), z.minLength(1))),
    ipHash: z.optional(z.string().check(z.trim(), z.minLength(1))),
    reason: z.string().check(z.trim(), z.minLength(1, { message: 'required' }), z.maxLength(500, { message: 'too_long' })),
    /** Days; null or absent bans for good. */
    days: z.optional(z.nullable(z.int().check(z.positive()))),
  })
  .check(z.refine((b) => Boolean(b.email || b.ipHash), { message: 'required', path: ['email'] }));
export type BanInput = z.infer<typeof banInputSchema>;

/** Whose comments to gather: everything one reader wrote, by email or by IP hash. */
export const commenterFilterSchema = z
  .object({ email: z.optional(z.string()), ipHash: z.optional(z.string()) })
  .check(z.refine((f) => Boolean(f.email || f.ipHash), { message: 'required' }));
export type CommenterFilter = z.infer<typeof commenterFilterSchema>;

/** How many comments hold each status, every status present. */
export const commentStatusCountsSchema = z.record(commentStatusSchema, z.int().check(z.nonnegative()));
export type CommentStatusCounts = z.infer<typeof commentStatusCountsSchema>;

/**
 * A reader's comments, newest first: a page of them, and `counts` by status over all of them, from
 * the server, since a heavy commenter has more comments than a page holds.
 */
export const commenterHistorySchema = z.extend(listOf(commentSchema), { counts: commentStatusCountsSchema });
export type CommenterHistory = z.infer<typeof commenterHistorySchema>;

/** A ban is in force while it has no end or its end lies ahead. */
export function banActive(ban: Pick<CommenterBan, 'until'>, now: number = Date.now()): boolean {
  return !ban.until || Date.parse(ban.until) > now;
}
