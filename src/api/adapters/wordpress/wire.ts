import { z } from 'zod';

/** What WordPress 6.1's wp/v2 answers, as far as the adapter reads it. Unknown keys are ignored. */

const rendered = z.object({ rendered: z.string().default(''), raw: z.string().optional() });
/** WordPress writes dates without a zone: `2026-11-26T09:21:07`, UTC in the `_gmt` fields. */
const gmt = z.string().nullable().optional();

export const wpErrorSchema = z.object({
  code: z.string(),
  message: z.string().default(''),
  data: z
    .object({ status: z.number().optional(), params: z.record(z.string(), z.string()).optional() })
    .nullable()
    .optional(),
});
export type WpError = z.infer<typeof wpErrorSchema>;

export const wpUserSchema = z.object({
  id: z.number(),
  name: z.string().default(''),
  username: z.string().optional(),
  slug: z.string().default(''),
  email: z.string().optional(),
  roles: z.array(z.string()).optional(),
  capabilities: z.record(z.string(), z.boolean()).optional(),
  avatar_urls: z.record(z.string(), z.string()).optional(),
});
export type WpUser = z.infer<typeof wpUserSchema>;

export const wpTermSchema = z.object({ id: z.number(), name: z.string(), slug: z.string(), taxonomy: z.string().optional() });
export type WpTerm = z.infer<typeof wpTermSchema>;

export const wpMediaSchema = z.object({
  id: z.number(),
  source_url: z.string(),
  alt_text: z.string().default(''),
  caption: rendered.optional(),
  author: z.number().optional(),
});
export type WpMedia = z.infer<typeof wpMediaSchema>;

const embeddedSchema = z
  .object({
    author: z.array(z.unknown()).optional(),
    'wp:term': z.array(z.array(z.unknown())).optional(),
    'wp:featuredmedia': z.array(z.unknown()).optional(),
  })
  .optional();

export const wpPostSchema = z.object({
  id: z.number(),
  date_gmt: gmt,
  modified_gmt: z.string(),
  slug: z.string().default(''),
  status: z.string(),
  link: z.string().optional(),
  title: rendered,
  content: rendered.extend({ protected: z.boolean().optional() }).optional(),
  excerpt: rendered.extend({ protected: z.boolean().optional() }).optional(),
  author: z.number(),
  featured_media: z.number().default(0),
  categories: z.array(z.number()).default([]),
  tags: z.array(z.number()).default([]),
  // An empty PHP array comes out as [] rather than {}.
  meta: z.union([z.record(z.string(), z.unknown()), z.array(z.unknown())]).optional(),
  _embedded: embeddedSchema,
});
export type WpPost = z.infer<typeof wpPostSchema>;

export const wpRevisionSchema = z.object({
  id: z.number(),
  parent: z.number(),
  author: z.union([z.number(), z.string()]),
  date_gmt: gmt,
  modified_gmt: z.string(),
  title: rendered,
  content: rendered.optional(),
  excerpt: rendered.optional(),
});
export type WpRevision = z.infer<typeof wpRevisionSchema>;

export const wpCommentSchema = z.object({
  id: z.number(),
  post: z.number(),
  parent: z.number().default(0),
  author: z.number().default(0),
  author_name: z.string().default(''),
  author_email: z.string().optional(),
  author_url: z.string().optional(),
  author_ip: z.string().optional(),
  author_user_agent: z.string().optional(),
  date_gmt: z.string(),
  content: rendered,
  status: z.string(),
  _embedded: z.object({ up: z.array(z.unknown()).optional() }).optional(),
});
export type WpComment = z.infer<typeof wpCommentSchema>;

export const wpIndexSchema = z.object({
  namespaces: z.array(z.string()),
  authentication: z.unknown().optional(),
});

export const wpDeletedSchema = z.object({ deleted: z.boolean(), previous: z.unknown().optional() });
