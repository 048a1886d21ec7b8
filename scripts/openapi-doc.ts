import { z } from 'zod';
import {
  articleDraftSchema,
  articleSchema,
  articleSortSchema,
  articleStatusSchema,
  articleSummarySchema,
  bulkCommentInputSchema,
  bulkResultSchema,
  categorySchema,
  commentActionSchema,
  commentCountsSchema,
  commentQueueSchema,
  commentReplyInputSchema,
  commentSchema,
  commentStatusCountsSchema,
  commentStatusSchema,
  featuredImageSchema,
  storedFeaturedImageSchema,
  historyEntrySchema,
  listOf,
  loginInputSchema,
  moderationRuleSchema,
  reasonCodeSchema,
  roleSchema,
  sessionSchema,
  tiptapDocSchema,
  tiptapNodeSchema,
  transitionInputSchema,
  userSchema,
  workflowActionSchema,
} from '../src/domain';
import {
  articleLockSchema,
  commentActInputSchema,
  demoAccountSchema,
  editorialNoteSchema,
  errorBodySchema,
  lockInputSchema,
  mediaSchema,
  noteInputSchema,
  revisionSchema,
  revisionSummarySchema,
  slugAvailabilitySchema,
} from '../src/api/schemas';
import { articleStatsSchema, commentTrendsSchema } from '../src/api/schemas-stats';
import { paths } from './openapi-paths';

/** Every schema the document names, from the same zod schemas the app, the adapters and the mock server use. */
const named: Record<string, z.ZodMiniType> = {
  TiptapNode: tiptapNodeSchema,
  TiptapDoc: tiptapDocSchema,
  FeaturedImage: featuredImageSchema,
  StoredFeaturedImage: storedFeaturedImageSchema,
  ArticleStatus: articleStatusSchema,
  ArticleSort: articleSortSchema,
  WorkflowAction: workflowActionSchema,
  ReasonCode: reasonCodeSchema,
  Role: roleSchema,
  CommentStatus: commentStatusSchema,
  CommentAction: commentActionSchema,
  CommentQueue: commentQueueSchema,
  Article: articleSchema,
  ArticleSummary: articleSummarySchema,
  ArticleList: listOf(articleSummarySchema),
  ArticleDraft: articleDraftSchema,
  TransitionInput: transitionInputSchema,
  HistoryEntry: historyEntrySchema,
  Revision: revisionSchema,
  RevisionSummary: revisionSummarySchema,
  EditorialNote: editorialNoteSchema,
  NoteInput: noteInputSchema,
  ArticleLock: articleLockSchema,
  LockInput: lockInputSchema,
  SlugAvailability: slugAvailabilitySchema,
  Comment: commentSchema,
  CommentList: z.extend(listOf(commentSchema), {
    counts: z.optional(commentStatusCountsSchema).check(
      z.describe('With `email` or `ipHash`: how many of the matching comments hold each status, over all of them, not only this page.'),
    ),
  }),
  CommentActInput: commentActInputSchema,
  CommentReplyInput: commentReplyInputSchema,
  BulkCommentInput: bulkCommentInputSchema,
  BulkResult: bulkResultSchema,
  CommentCounts: commentCountsSchema,
  ModerationRule: moderationRuleSchema,
  Category: categorySchema,
  User: userSchema,
  DemoAccount: demoAccountSchema,
  LoginInput: loginInputSchema,
  Session: sessionSchema,
  Media: mediaSchema,
  Error: errorBodySchema,
  ArticleStats: articleStatsSchema,
  CommentTrends: commentTrendsSchema,
};

function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(named)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}`, unrepresentable: 'throw' });
  return Object.fromEntries(
    Object.keys(schemas)
      .sort()
      .map((id) => {
        // Each component is a schema object inside the document, not a standalone JSON Schema resource.
        const { $schema: _s, $id: _i, ...rest } = schemas[id] as Record<string, unknown>;
        return [id, rest];
      }),
  );
}

const error = (description: string, headers?: Record<string, unknown>) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

/** The OpenAPI 3.1 document of docs/rest-contract.md. Pure: same schemas, same document. */
export function buildOpenApi() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Newsroom REST API',
      version: '1.0.0',
      description:
        'The contract the newsroom admin speaks (docs/rest-contract.md). Generated from the zod schemas in src/domain by `npm run openapi`; do not edit by hand.',
    },
    servers: [{ url: '/api', description: 'The demo newsroom (in-browser mock server) and the default base URL.' }],
    security: [{ bearerAuth: [] }],
    tags: ['auth', 'articles', 'comments', 'moderation', 'taxonomy', 'media', 'users', 'demo'].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: 'The token from POST /auth/login.' },
      },
      parameters: {
        ArticleId: { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
        CommentId: { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
        Page: { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, default: 1 } },
        Query: { name: 'q', in: 'query', description: 'Search text; diacritics-insensitive.', schema: { type: 'string' } },
        IfMatch: {
          name: 'If-Match',
          in: 'header',
          required: true,
          description: 'The article `version` the change is based on. Missing → 428; stale → 412.',
          schema: { type: 'string', pattern: '^\\d+$' },
        },
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description:
            'A new random UUID per create, the same for every retry of it. A retry with a key already used (same caller, same body) answers the first result again, with `Idempotent-Replayed: true`, instead of creating a second article; the same key with another body → 422 `idempotency_key_reused`.',
          schema: { type: 'string', maxLength: 255 },
        },
      },
      responses: {
        Validation: error('The body or a parameter fails validation; `fields` is keyed by domain path (`title`, `featuredImage.alt`).'),
        Unauthorized: error('No token, or an expired one.'),
        Forbidden: error("The caller's role may not do this."),
        NotFound: error('No such resource.'),
        WorkflowConflict: error('The workflow state refuses the action, or the comment was already moderated by someone else (`current` = the comment as it is now).'),
        PreconditionFailed: error('`If-Match` is stale; `current` is the article as it is now.'),
        PreconditionRequired: error('`If-Match` is missing.'),
        Locked: error('Someone else holds the edit lock; `current` is the lock.'),
        RateLimited: error('Too many requests.', {
          'Retry-After': { description: 'Seconds to wait before retrying.', schema: { type: 'integer', minimum: 0 } },
        }),
        ServerError: error('The server failed.'),
      },
      schemas: componentSchemas(),
    },
  };
}

export function serializeOpenApi(doc: unknown = buildOpenApi()): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
