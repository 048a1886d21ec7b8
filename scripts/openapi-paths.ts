/** The paths of docs/rest-contract.md, in the contract's order. Schemas are referenced by component name. */

type Json = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const arrayOf = (name: string) => ({ type: 'array', items: ref(name) });
const param = (name: string) => ({ $ref: `#/components/parameters/${name}` });
const errors = (...names: string[]) =>
  Object.fromEntries(names.flatMap((n) => codes[n].split(',').map((code) => [code, { $ref: `#/components/responses/${n}` }])));
const codes: Record<string, string> = {
  Validation: '400,422',
  Unauthorized: '401',
  Forbidden: '403',
  NotFound: '404',
  WorkflowConflict: '409',
  PreconditionFailed: '412',
  Locked: '423',
  PreconditionRequired: '428',
  RateLimited: '429',
  ServerError: '500',
};

const json = (schema: Json, description: string) => ({ description, content: { 'application/json': { schema } } });
const body = (schema: Json) => ({ required: true, content: { 'application/json': { schema } } });
const noContent = { description: 'Done; no body.' };
const query = (name: string, schema: Json, description?: string) => ({ name, in: 'query', schema, ...(description ? { description } : {}) });
const commaList = (name: string, item: string, description: string) => ({
  name,
  in: 'query',
  description,
  style: 'form',
  explode: false,
  schema: { type: 'array', items: ref(item) },
});

type Op = { tag: string; summary: string; id: string; params?: Json[]; body?: Json; ok: [string, Json]; errors?: string[]; public?: boolean };

function op({ tag, summary, id, params, body: requestBody, ok, errors: errs = [], public: isPublic }: Op): Json {
  const authErrors = isPublic ? [] : ['Unauthorized'];
  return {
    tags: [tag],
    summary,
    operationId: id,
    ...(isPublic ? { security: [] } : {}),
    ...(params?.length ? { parameters: params } : {}),
    ...(requestBody ? { requestBody } : {}),
    responses: { [ok[0]]: ok[1], ...errors(...authErrors, ...errs, 'RateLimited', 'ServerError') },
  };
}

const page = [param('Page')];
const pageSize = (max: number, dflt: number) => query('pageSize', { type: 'integer', minimum: 1, maximum: max, default: dflt });
const articleId = [param('ArticleId')];

export const paths: Record<string, Json> = {
  '/auth/login': {
    post: op({ tag: 'auth', id: 'login', summary: 'Sign in; answers a bearer token.', public: true, body: body(ref('LoginInput')), ok: ['200', json(ref('Session'), 'Signed in.')], errors: ['Unauthorized', 'Validation'] }),
  },
  '/auth/me': { get: op({ tag: 'auth', id: 'me', summary: 'The signed-in user.', ok: ['200', json(ref('User'), 'The user.')] }) },
  '/auth/logout': { post: op({ tag: 'auth', id: 'logout', summary: 'End the session.', ok: ['204', noContent] }) },
  '/articles': {
    get: op({
      tag: 'articles',
      id: 'listArticles',
      summary: 'Articles, a page at a time; the caller sees what the role allows.',
      params: [
        ...page,
        pageSize(100, 20),
        query('sort', ref('ArticleSort')),
        commaList('status', 'ArticleStatus', 'Comma-separated: `draft,in_review`.'),
        query('categoryId', { type: 'string' }),
        query('authorId', { type: 'string' }),
        { ...param('Query') },
      ],
      ok: ['200', json(ref('ArticleList'), 'A page and the total count.')],
      errors: ['Validation'],
    }),
    post: op({ tag: 'articles', id: 'createArticle', summary: 'Create a draft; the caller is the author.', params: [param('IdempotencyKey')], body: body(ref('ArticleDraft')), ok: ['201', json(ref('Article'), 'Created.')], errors: ['Validation', 'Forbidden'] }),
  },
  '/articles/stats': {
    get: op({
      tag: 'articles',
      id: 'articleStats',
      summary: 'Articles entering each status per Vietnam-time day, and the counts by status now (editor-in-chief).',
      params: [query('days', { type: 'integer', minimum: 1, maximum: 90, default: 30 }, 'How many days, today included.')],
      ok: ['200', json(ref('ArticleStats'), 'One entry per day, oldest first.')],
      errors: ['Validation', 'Forbidden'],
    }),
  },
  '/articles/slug-available': {
    get: op({
      tag: 'articles',
      id: 'slugAvailable',
      summary: 'Whether a slug is free.',
      params: [{ ...query('slug', { type: 'string' }), required: true }, query('exceptId', { type: 'string' }, 'The article being edited.')],
      ok: ['200', json(ref('SlugAvailability'), 'The answer.')],
      errors: ['Validation'],
    }),
  },
  '/articles/{id}': {
    parameters: articleId,
    get: op({ tag: 'articles', id: 'getArticle', summary: 'One article with its body.', ok: ['200', json(ref('Article'), 'The article.')], errors: ['Forbidden', 'NotFound'] }),
    patch: op({
      tag: 'articles',
      id: 'updateArticle',
      summary: 'Change an article; the server bumps `version`.',
      params: [param('IfMatch')],
      body: body(ref('ArticleDraft')),
      ok: ['200', json(ref('Article'), 'The article with `version + 1`.')],
      errors: ['Validation', 'Forbidden', 'NotFound', 'PreconditionFailed', 'PreconditionRequired', 'Locked'],
    }),
    delete: op({ tag: 'articles', id: 'deleteArticle', summary: 'Delete an article.', params: [param('IfMatch')], ok: ['204', noContent], errors: ['Forbidden', 'NotFound', 'PreconditionFailed', 'PreconditionRequired'] }),
  },
  '/articles/{id}/transitions': {
    parameters: articleId,
    post: op({
      tag: 'articles',
      id: 'transitionArticle',
      summary: 'Move an article through the workflow (403 for a role, 409 for a state).',
      body: body(ref('TransitionInput')),
      ok: ['200', json(ref('Article'), 'The article in its new status.')],
      errors: ['Validation', 'Forbidden', 'NotFound', 'WorkflowConflict', 'PreconditionFailed'],
    }),
  },
  '/articles/{id}/history': {
    parameters: articleId,
    get: op({ tag: 'articles', id: 'articleHistory', summary: 'Every transition: who, when, from, to, note.', ok: ['200', json(arrayOf('HistoryEntry'), 'Oldest first.')], errors: ['NotFound'] }),
  },
  '/articles/{id}/revisions': {
    parameters: articleId,
    get: op({ tag: 'articles', id: 'articleRevisions', summary: 'Saved revisions.', ok: ['200', json(arrayOf('RevisionSummary'), 'Newest first.')], errors: ['NotFound'] }),
  },
  '/articles/{id}/revisions/{rev}': {
    parameters: [...articleId, { name: 'rev', in: 'path', required: true, schema: { type: 'integer', minimum: 0 } }],
    get: op({ tag: 'articles', id: 'articleRevision', summary: 'One revision with its body.', ok: ['200', json(ref('Revision'), 'The revision.')], errors: ['NotFound'] }),
  },
  '/articles/{id}/revisions/{rev}/restore': {
    parameters: [...articleId, { name: 'rev', in: 'path', required: true, schema: { type: 'integer', minimum: 0 } }],
    post: op({
      tag: 'articles',
      id: 'restoreArticleRevision',
      summary: "Put an old revision's title, sapo and body back as a new revision; the replaced text stays a revision of its own.",
      params: [param('IfMatch')],
      ok: ['200', json(ref('Article'), 'The article with `version + 1`.')],
      errors: ['Forbidden', 'NotFound', 'PreconditionFailed', 'PreconditionRequired', 'Locked'],
    }),
  },
  '/articles/{id}/notes': {
    parameters: articleId,
    get: op({ tag: 'articles', id: 'articleNotes', summary: 'Editorial notes.', ok: ['200', json(arrayOf('EditorialNote'), 'Oldest first.')], errors: ['NotFound'] }),
    post: op({ tag: 'articles', id: 'addArticleNote', summary: 'Add an editorial note.', body: body(ref('NoteInput')), ok: ['201', json(ref('EditorialNote'), 'Added.')], errors: ['Validation', 'NotFound'] }),
  },
  '/articles/{id}/lock': {
    parameters: articleId,
    post: op({ tag: 'articles', id: 'lockArticle', summary: 'Take or renew the edit lock; `force` takes it over.', body: body(ref('LockInput')), ok: ['200', json(ref('ArticleLock'), 'The lock.')], errors: ['Forbidden', 'NotFound', 'Locked'] }),
    delete: op({ tag: 'articles', id: 'unlockArticle', summary: 'Release the edit lock.', ok: ['204', noContent], errors: ['NotFound'] }),
  },
  '/comments': {
    get: op({
      tag: 'comments',
      id: 'listComments',
      summary: 'Reader comments by queue.',
      params: [
        query('queue', ref('CommentQueue')),
        query('articleId', { type: 'string' }),
        query('email', { type: 'string' }, 'One reader’s comments, by the email they gave; the answer adds `counts` by status.'),
        query('ipHash', { type: 'string' }, 'One reader’s comments, by the hash of their IP; the answer adds `counts` by status.'),
        param('Query'),
        ...page,
        pageSize(20000, 50),
        query('sort', { type: 'string', enum: ['createdAt:asc', 'createdAt:desc'] }),
      ],
      ok: ['200', json(ref('CommentList'), 'A page and the total count (and, for one reader, counts by status).')],
      errors: ['Validation', 'Forbidden'],
    }),
  },
  '/comments/{id}': {
    parameters: [param('CommentId')],
    patch: op({
      tag: 'comments',
      id: 'actOnComment',
      summary: 'Approve, reject, mark as spam or restore.',
      body: body(ref('CommentActInput')),
      ok: ['200', json(ref('Comment'), 'The comment.')],
      errors: ['Validation', 'Forbidden', 'NotFound', 'WorkflowConflict'],
    }),
  },
  '/comments/bulk': {
    post: op({ tag: 'comments', id: 'bulkComments', summary: 'One action on many comments; per-item results.', body: body(ref('BulkCommentInput')), ok: ['200', json(ref('BulkResult'), 'One result per item; a stale version fails that item alone with `already_moderated` and the current comment.')], errors: ['Validation', 'Forbidden'] }),
  },
  '/comments/{id}/replies': {
    parameters: [param('CommentId')],
    post: op({ tag: 'comments', id: 'replyToComment', summary: 'Reply as the newsroom.', body: body(ref('CommentReplyInput')), ok: ['201', json(ref('Comment'), 'The reply.')], errors: ['Validation', 'Forbidden', 'NotFound'] }),
  },
  '/comments/trending': {
    get: op({
      tag: 'comments',
      id: 'commentTrends',
      summary: 'Articles whose comment count grows fastest: received in the last `hours` against the `hours` before.',
      params: [
        query('hours', { type: 'integer', minimum: 1, maximum: 168, default: 24 }),
        query('limit', { type: 'integer', minimum: 1, maximum: 50, default: 5 }),
      ],
      ok: ['200', json(ref('CommentTrends'), 'Largest growth first; only articles that grew.')],
      errors: ['Validation', 'Forbidden'],
    }),
  },
  '/comments/counts': {
    get: op({ tag: 'comments', id: 'commentCounts', summary: 'How many comments each queue holds.', params: [query('articleId', { type: 'string' })], ok: ['200', json(ref('CommentCounts'), 'Counts per queue.')], errors: ['Forbidden'] }),
  },
  '/moderation/rules': {
    get: op({ tag: 'moderation', id: 'moderationRules', summary: 'Banned and suspect words.', ok: ['200', json(arrayOf('ModerationRule'), 'The rules.')], errors: ['Forbidden'] }),
    put: op({ tag: 'moderation', id: 'saveModerationRules', summary: 'Replace the rules.', body: body(arrayOf('ModerationRule')), ok: ['200', json(arrayOf('ModerationRule'), 'The saved rules.')], errors: ['Validation', 'Forbidden'] }),
  },
  '/categories': { get: op({ tag: 'taxonomy', id: 'categories', summary: 'All categories.', ok: ['200', json(arrayOf('Category'), 'The categories.')] }) },
  '/tags': {
    get: op({ tag: 'taxonomy', id: 'tags', summary: 'Tags in use, optionally matching `q`.', params: [param('Query')], ok: ['200', json({ type: 'array', items: { type: 'string' } }, 'Tag names.')] }),
  },
  '/users': { get: op({ tag: 'users', id: 'users', summary: 'The newsroom staff.', ok: ['200', json(arrayOf('User'), 'The users.')], errors: ['Forbidden'] }) },
  '/media': {
    post: op({
      tag: 'media',
      id: 'uploadMedia',
      summary: 'Upload an image.',
      body: {
        required: true,
        content: { 'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', contentMediaType: 'application/octet-stream' } }, required: ['file'] } } },
      },
      ok: ['201', json(ref('Media'), 'Stored.')],
      errors: ['Validation', 'Forbidden'],
    }),
  },
  '/demo/accounts': { get: op({ tag: 'demo', id: 'demoAccounts', summary: 'Demo only: the accounts to sign in with.', public: true, ok: ['200', json(arrayOf('DemoAccount'), 'The demo accounts, with their passwords.')] }) },
  '/demo/reset': { post: op({ tag: 'demo', id: 'demoReset', summary: 'Demo only: restore the seed.', ok: ['204', noContent] }) },
};
