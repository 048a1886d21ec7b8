import { z } from 'zod';
import { commentActionSchema, tiptapDocSchema, userSchema } from '@/domain';
import type { ArticleLock, DemoAccount, EditorialNote, Media, Revision, RevisionSummary } from './port';

/**
 * Schemas of the port's own types (the ones `src/domain` does not hold), so adapters can parse
 * every response and the OpenAPI document can describe them. `satisfies` keeps them in step with port.ts.
 */

export const mediaSchema = z.object({ id: z.string(), url: z.string().min(1) }) satisfies z.ZodType<Media>;

export const revisionSchema = z.object({
  rev: z.number().int().nonnegative(),
  articleId: z.string(),
  at: z.string(),
  by: z.string(),
  title: z.string(),
  sapo: z.string(),
  body: tiptapDocSchema,
}) satisfies z.ZodType<Revision>;

export const revisionSummarySchema = revisionSchema.omit({ body: true, sapo: true }) satisfies z.ZodType<RevisionSummary>;

export const editorialNoteSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  by: z.string(),
  at: z.string(),
  body: z.string(),
}) satisfies z.ZodType<EditorialNote>;

export const noteInputSchema = z.object({ body: z.string().trim().min(1, { message: 'required' }).max(5000, { message: 'too_long' }) });

export const articleLockSchema = z.object({
  articleId: z.string(),
  userId: z.string(),
  userName: z.string(),
  expiresAt: z.string(),
}) satisfies z.ZodType<ArticleLock>;

export const lockInputSchema = z.object({ force: z.boolean().optional() });

export const slugAvailabilitySchema = z.object({ available: z.boolean() });

/** `{"error":{"code","message","fields?","current?"}}` — the one error body of the REST contract. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
    current: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** `PATCH /comments/:id`: the moderation action and the comment version it was based on. */
export const commentActInputSchema = z.object({ action: commentActionSchema, version: z.number().int().nonnegative() });

/** `GET /demo/accounts`: users with their password, so the demo sign-in page can sign in with one click. */
export const demoAccountSchema = userSchema.extend({ password: z.string().optional() }) satisfies z.ZodType<DemoAccount>;
