import { z } from 'zod';

/** What WordPress 6.1's wp/v2 answers, as far as the adapter reads it. Unknown keys are ignored. */

const rendered = z.object({ rendered: z._default(z.string(), ''), raw: z.optional(z.string()) });
/** WordPress writes dates without a zone: `2026-11-26T09:21:07`, UTC in the `_gmt` fields. */
const gmt = z.optional(z.nullable(z.string()));

export const wpErrorSchema = z.object({
  code: z.string(),
  message: z._default(z.string(), ''),
  data: z.optional(z.nullable(z.object({ status: z.optional(z.number()), params: z.optional(z.record(z.string(), z.string())) }))),
});
export type WpError = z.infer<typeof wpErrorSchema>;

export const wpUserSchema = z.object({
  id: z.number(),
  name: z._default(z.string(), ''),
  username: z.optional(z.string()),
  slug: z._default(z.string(), ''),
  email: z.optional(z.string()),
  roles: z.optional(z.array(z.string())),
  capabilities: z.optional(z.record(z.string(), z.boolean())),
  avatar_urls: z.optional(z.record(z.string(), z.string())),
});
export type WpUser = z.infer<typeof wpUserSchema>;

export const wpTermSchema = z.object({ id: z.number(), name: z.string(), slug: z.string(), taxonomy: z.optional(z.string()) });
export type WpTerm = z.infer<typeof wpTermSchema>;

export const wpMediaSchema = z.object({
  id: z.number(),
  source_url: z.string(),
  alt_text: z._default(z.string(), ''),
  caption: z.optional(rendered),
  author: z.optional(z.number()),
});
export type WpMedia = z.infer<typeof wpMediaSchema>;

const embeddedSchema = z.optional(
  z.object({
    author: z.optional(z.array(z.unknown())),
    'wp:term': z.optional(z.array(z.array(z.unknown()))),
    'wp:featuredmedia': z.optional(z.array(z.unknown())),
  }),
);

export const wpPostSchema = z.object({
  id: z.number(),
  date_gmt: gmt,
  modified_gmt: z.string(),
  slug: z._default(z.string(), ''),
  status: z.string(),
  link: z.optional(z.string()),
  title: rendered,
  content: z.optional(z.extend(rendered, { protected: z.optional(z.boolean()) })),
  excerpt: z.optional(z.extend(rendered, { protected: z.optional(z.boolean()) })),
  author: z.number(),
  featured_media: z._default(z.number(), 0),
  categories: z._default(z.array(z.number()), []),
  tags: z._default(z.array(z.number()), []),
  // An empty PHP array comes out as [] rather than {}.
  meta: z.optional(z.union([z.record(z.string(), z.unknown()), z.array(z.unknown())])),
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
  content: z.optional(rendered),
  excerpt: z.optional(rendered),
});
export type WpRevision = z.infer<typeof wpRevisionSchema>;

export const wpCommentSchema = z.object({
  id: z.number(),
  post: z.number(),
  parent: z._default(z.number(), 0),
  author: z._default(z.number(), 0),
  author_name: z._default(z.string(), ''),
  author_email: z.optional(z.string()),
  author_url: z.optional(z.string()),
  author_ip: z.optional(z.string()),
  author_user_agent: z.optional(z.string()),
  date_gmt: z.string(),
  content: rendered,
  status: z.string(),
  _embedded: z.optional(z.object({ up: z.optional(z.array(z.unknown())) })),
});
export type WpComment = z.infer<typeof wpCommentSchema>;

export const wpIndexSchema = z.object({
  namespaces: z.array(z.string()),
  authentication: z.optional(z.unknown()),
});

export const wpDeletedSchema = z.object({ deleted: z.boolean(), previous: z.optional(z.unknown()) });
