import { z } from 'zod';
import { commentActionSchema, tiptapDocSchema, userSchema } from '@/domain';
import type { ArticleLock, DemoAccount, EditorialNote, Media, Revision, RevisionSummary } from './port';

/**
 * Schemas of the port's own types (the ones `src/domain` does not hold), so adapters can parse
 * every response and the OpenAPI document can describe them. `satisfies` keeps them in step with port.ts.
 */

export const mediaSchema = z.object({ id: z.string(), url: z.string().check(z.minLength(1)) }) satisfies z.ZodMiniType<Media>;

export const revisionSchema = z.object({
  rev: z.int().check(z.nonnegative()),
  articleId: z.string(),
  at: z.string(),
  by: z.string(),
  title: z.string(),
  sapo: z.string(),
  body: tiptapDocSchema,
}) satisfies z.ZodMiniType<Revision>;

export const revisionSummarySchema = z.omit(revisionSchema, { body: true, sapo: true }) satisfies z.ZodMiniType<RevisionSummary>;

export const editorialNoteSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  by: z.string(),
  at: z.string(),
  body: z.string(),
}) satisfies z.ZodMiniType<EditorialNote>;

export const noteInputSchema = z.object({
  body: z.string().check(z.trim(), z.minLength(1, { message: 'required' }), z.maxLength(5000, { message: 'too_long' })),
});

export const articleLockSchema = z.object({
  articleId: z.string(),
  userId: z.string(),
  userName: z.string(),
  expiresAt: z.string(),
}) satisfies z.ZodMiniType<ArticleLock>;

export const lockInputSchema = z.object({ force: z.optional(z.boolean()) });

export const slugAvailabilitySchema = z.object({ available: z.boolean() });

/** `{"error":{"code","message","fields?","current?"}}` — the one error body of the REST contract. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.optional(z.record(z.string(), z.string())),
    current: z.optional(z.unknown()),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** `PATCH /comments/:id`: the moderation action and the comment version it was based on. */
export const commentActInputSchema = z.object({ action: commentActionSchema, version: z.int().check(z.nonnegative()) });

/** `GET /demo/accounts`: users with their password, so the demo sign-in page can sign in with one click. */
export const demoAccountSchema = z.extend(userSchema, { password: z.optional(z.string()) }) satisfies z.ZodMiniType<DemoAccount>;
