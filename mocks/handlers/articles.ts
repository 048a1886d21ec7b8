import { http, HttpResponse } from 'msw';
import { articleDraftSchema, articleListQuerySchema, transitionInputSchema } from '@/domain';
import { idempotent } from '../idempotency';
import { authed, json, noContent, pathFor, readBody, readJson } from '../http';
import { createArticle, listArticles, removeArticle, slugAvailable, updateArticle } from '../services/articles';
import { visibleArticle } from '../services/article-helpers';
import { transition } from '../services/workflow';
import { store } from '../store';
import { parseQuery } from './query';

export function articleHandlers(baseUrl: string) {
  const p = (path: string) => pathFor(baseUrl, path);
  return [
    http.get(
      p('/articles'),
      authed(({ url, user }) => json(listArticles(store.db, user, parseQuery(url, articleListQuerySchema, ['status'])))),
    ),
    http.post(
      p('/articles'),
      authed(async ({ request, user }) => {
        const draft = await readBody(request, articleDraftSchema);
        const result = idempotent(request.headers.get('idempotency-key'), user.id, draft, () => {
          const article = createArticle(store.db, user, draft);
          store.written();
          return { status: 201, body: article };
        });
        return HttpResponse.json(result.body as Record<string, unknown>, {
          status: result.status,
          headers: result.replayed ? { 'Idempotent-Replayed': 'true' } : undefined,
        });
      }),
    ),
    http.get(
      p('/articles/slug-available'),
      authed(({ url }) => {
        const slug = url.searchParams.get('slug') ?? '';
        const exceptId = url.searchParams.get('exceptId') ?? undefined;
        return json({ available: slug !== '' && slugAvailable(store.db, slug, exceptId) });
      }),
    ),
    http.get(
      p('/articles/:id'),
      authed(({ params, user }) => json(visibleArticle(store.db, user, params.id))),
    ),
    http.patch(
      p('/articles/:id'),
      authed(async ({ request, params, user }) => {
        const body = await readJson(request);
        const article = updateArticle(store.db, user, params.id, body, request.headers.get('if-match'));
        store.written();
        return json(article);
      }),
    ),
    http.delete(
      p('/articles/:id'),
      authed(({ request, params, user }) => {
        removeArticle(store.db, user, params.id, request.headers.get('if-match'));
        store.written();
        return noContent();
      }),
    ),
    http.post(
      p('/articles/:id/transitions'),
      authed(async ({ request, params, user }) => {
        visibleArticle(store.db, user, params.id);
        const input = await readBody(request, transitionInputSchema);
        const article = transition(store.db, user, params.id, input);
        store.written();
        return json(article);
      }),
    ),
  ];
}
