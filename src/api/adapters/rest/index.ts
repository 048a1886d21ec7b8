import { articleStatuses, workflowActions, type ArticleDraft } from '@/domain';
import { newIdempotencyKey } from '../../idempotency';
import type { Capabilities, NewsroomApi } from '../../port';
import { articleListParams, auditParams, commentListParams } from './mapper';
import { createTransport } from './transport';
import { uploadMedia } from './upload';
import { wire } from './wire';

export type RestAdapterOptions = {
  /** Where the contract is served, absolute or relative to the page: `/api`, `https://api.example/v1`. */
  baseUrl: string;
  fetch?: typeof fetch;
  /** Adds the `demo` group (accounts for the sign-in page, reset) — only the demo backend has it. */
  demo?: boolean;
  /** Injected for tests; `null` forces uploads through `fetch`. Defaults to the platform's. */
  XMLHttpRequest?: typeof XMLHttpRequest | null;
};

/** Our own contract holds every status and feature. */
export const restCapabilities = (demo: boolean): Capabilities => ({
  statuses: articleStatuses,
  workflowActions,
  revisions: true,
  notes: true,
  locks: true,
  moderationRules: true,
  commentBulk: true,
  demoReset: demo,
  commenterHistory: true,
  moderationAudit: true,
  commenterBans: true,
  articleStats: true,
  commentTrends: true,
});

/** A reader's latest comments; their counts by status come from the server, over all of them. */
const HISTORY_PAGE_SIZE = 1000;

const id = encodeURIComponent;

/** The adapter for docs/rest-contract.md. Stateless apart from the bearer token. */
export function createRestAdapter(options: RestAdapterOptions): NewsroomApi {
  let token: string | null = null;
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const http = createTransport({ baseUrl: options.baseUrl, fetch: fetchImpl, getToken: () => token });
  const Xhr = options.XMLHttpRequest === null ? undefined : (options.XMLHttpRequest ?? globalThis.XMLHttpRequest);
  const ifMatch = (version: number) => ({ 'If-Match': String(version) });
  const demo = options.demo ?? false;

  const api: NewsroomApi = {
    name: 'rest',
    capabilities: restCapabilities(demo),
    setToken(next) {
      token = next;
    },
    auth: {
      login: (input) => http.json('POST', '/auth/login', wire.session, { body: input }),
      me: () => http.json('GET', '/auth/me', wire.user),
      logout: () => http.empty('POST', '/auth/logout'),
    },
    articles: {
      list: (query, signal) => http.json('GET', '/articles', wire.articleList, { query: articleListParams(query), signal }),
      get: (articleId, signal) => http.json('GET', `/articles/${id(articleId)}`, wire.article, { signal }),
      create: (draft: ArticleDraft, o) =>
        http.json('POST', '/articles', wire.article, {
          body: draft,
          headers: { 'Idempotency-Key': o?.idempotencyKey ?? newIdempotencyKey() },
        }),
      update: (articleId, patch, version) =>
        http.json('PATCH', `/articles/${id(articleId)}`, wire.article, { body: patch, headers: ifMatch(version) }),
      remove: (articleId, version) => http.empty('DELETE', `/articles/${id(articleId)}`, { headers: ifMatch(version) }),
      transition: (articleId, action, o) =>
        http.json('POST', `/articles/${id(articleId)}/transitions`, wire.article, {
          body: { action, version: o.version, note: o.note, reasonCodes: o.reasonCodes, scheduledAt: o.scheduledAt },
        }),
      history: (articleId) => http.json('GET', `/articles/${id(articleId)}/history`, wire.history),
      revisions: (articleId) => http.json('GET', `/articles/${id(articleId)}/revisions`, wire.revisions),
      revision: (articleId, rev) => http.json('GET', `/articles/${id(articleId)}/revisions/${rev}`, wire.revision),
      restoreRevision: (articleId, rev, version) =>
        http.json('POST', `/articles/${id(articleId)}/revisions/${rev}/restore`, wire.article, { headers: ifMatch(version) }),
      notes: (articleId) => http.json('GET', `/articles/${id(articleId)}/notes`, wire.notes),
      addNote: (articleId, body) => http.json('POST', `/articles/${id(articleId)}/notes`, wire.note, { body: { body } }),
      lock: (articleId, o) => http.json('POST', `/articles/${id(articleId)}/lock`, wire.lock, { body: { force: o?.force } }),
      unlock: (articleId) => http.empty('DELETE', `/articles/${id(articleId)}/lock`),
      slugAvailable: async (slug, exceptId) =>
        (await http.json('GET', '/articles/slug-available', wire.slugAvailability, { query: { slug, exceptId } })).available,
      stats: ({ days }, signal) => http.json('GET', '/articles/stats', wire.articleStats, { query: { days }, signal }),
    },
    comments: {
      list: (query, signal) => http.json('GET', '/comments', wire.commentList, { query: commentListParams(query), signal }),
      act: (commentId, action, version) => http.json('PATCH', `/comments/${id(commentId)}`, wire.comment, { body: { action, version } }),
      bulk: (items, action) =>
        http.json('POST', '/comments/bulk', wire.bulk, { body: { items: items.map(({ id, version }) => ({ id, version })), action } }),
      reply: (commentId, body) => http.json('POST', `/comments/${id(commentId)}/replies`, wire.comment, { body: { body } }),
      counts: (articleId) => http.json('GET', '/comments/counts', wire.counts, { query: { articleId } }),
      history: ({ email, ipHash }, signal) =>
        http.json('GET', '/comments', wire.commenterHistory, {
          query: { email, ipHash, sort: 'createdAt:desc', pageSize: HISTORY_PAGE_SIZE },
          signal,
        }),
      trending: ({ hours, limit }, signal) => http.json('GET', '/comments/trending', wire.commentTrends, { query: { hours, limit }, signal }),
    },
    moderation: {
      rules: () => http.json('GET', '/moderation/rules', wire.rules),
      saveRules: (rules) => http.json('PUT', '/moderation/rules', wire.rules, { body: rules }),
      audit: (query, signal) => http.json('GET', '/moderation/audit', wire.audit, { query: auditParams(query), signal }),
      bans: () => http.json('GET', '/moderation/bans', wire.bans),
      ban: (input) => http.json('POST', '/moderation/bans', wire.ban, { body: input }),
      unban: (banId) => http.empty('DELETE', `/moderation/bans/${id(banId)}`),
    },
    taxonomy: {
      categories: () => http.json('GET', '/categories', wire.categories),
      tags: (q) => http.json('GET', '/tags', wire.tags, { query: { q } }),
    },
    media: {
      upload: (input) => uploadMedia(http, input, Xhr),
    },
    users: {
      list: () => http.json('GET', '/users', wire.users),
    },
  };
  if (demo) {
    api.demo = {
      accounts: () => http.json('GET', '/demo/accounts', wire.demoAccounts),
      reset: () => http.empty('POST', '/demo/reset'),
    };
  }
  return api;
}
