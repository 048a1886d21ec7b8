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
  commentId: z.string().nullable(),
  articleId: z.string().nullable(),
  from: commentStatusSchema.nullable(),
  to: commentStatusSchema.nullable(),
  note: z.string().default(''),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
  action: z.array(auditActionSchema).optional(),
  by: z.string().optional(),
  commentId: z.string().optional(),
  articleId: z.string().optional(),
});
export type AuditQuery = Partial<z.infer<typeof auditQuerySchema>>;

/** A banned commenter, matched by email or IP hash; `until: null` is for good. */
export const commenterBanSchema = z.object({
  id: z.string(),
  email: z.string().nullable(),
  ipHash: z.string().nullable(),
  reason: z.string(),
  until: z.string().nullable(),
  by: z.string(),
  at: z.string(),
});
export type CommenterBan = z.infer<typeof commenterBanSchema>;

export const banDurations = [1, 7, 30, 365] as const;

export const banInputSchema = z
  .object({
    email: z.string().trim().min(1).optional(),
    ipHash: z.string().trim().min(1).optional(),
    reason: z.string().trim().min(1, { message: 'required' }).max(500, { message: 'too_long' }),
    /** Days; null or absent bans for good. */
    days: z.number().int().positive().nullable().optional(),
  })
  .refine((b) => Boolean(b.email || b.ipHash), { message: 'required', path: ['email'] });
export type BanInput = z.infer<typeof banInputSchema>;

/** Whose comments to gather: everything one reader wrote, by email or by IP hash. */
export const commenterFilterSchema = z
  .object({ email: z.string().optional(), ipHash: z.string().optional() })
  .refine((f) => Boolean(f.email || f.ipHash), { message: 'required' });
export type CommenterFilter = z.infer<typeof commenterFilterSchema>;

/** How many comments hold each status, every status present. */
export const commentStatusCountsSchema = z.record(commentStatusSchema, z.number().int().nonnegative());
export type CommentStatusCounts = z.infer<typeof commentStatusCountsSchema>;

/**
 * A reader's comments, newest first: a page of them, and `counts` by status over all of them, from
 * the server, since a heavy commenter has more comments than a page holds.
 */
export const commenterHistorySchema = listOf(commentSchema).extend({ counts: commentStatusCountsSchema });
export type CommenterHistory = z.infer<typeof commenterHistorySchema>;

/** A ban is in force while it has no end or its end lies ahead. */
export function banActive(ban: Pick<CommenterBan, 'until'>, now: number = Date.now()): boolean {
  return !ban.until || Date.parse(ban.until) > now;
}
