import { http } from 'msw';
import { lockInputSchema, noteInputSchema } from '@/api/schemas';
import { clock } from '../clock';
import { nextId } from '../db';
import { notFound } from '../errors';
import { authed, json, noContent, pathFor, readBody } from '../http';
import { visibleArticle } from '../services/article-helpers';
import { restoreRevision } from '../services/articles';
import { currentLock, releaseLock, takeLock } from '../services/locks';
import { store } from '../store';

/** History, revisions, editorial notes and locks of one article. */
export function articleExtraHandlers(baseUrl: string) {
  const p = (path: string) => pathFor(baseUrl, path);
  return [
    http.get(
      p('/articles/:id/history'),
      authed(({ params, user }) => {
        const article = visibleArticle(store.db, user, params.id);
        return json(store.db.history.filter((h) => h.articleId === article.id));
      }),
    ),
    http.get(
      p('/articles/:id/revisions'),
      authed(({ params, user }) => {
        const article = visibleArticle(store.db, user, params.id);
        const revisions = store.db.revisions.filter((r) => r.articleId === article.id).reverse();
        return json(revisions.map(({ rev, articleId, at, by, title }) => ({ rev, articleId, at, by, title })));
      }),
    ),
    http.get(
      p('/articles/:id/revisions/:rev'),
      authed(({ params, user }) => {
        const article = visibleArticle(store.db, user, params.id);
        const found = store.db.revisions.find((r) => r.articleId === article.id && r.rev === Number(params.rev));
        if (!found) throw notFound('revision');
        const { sealed: _sealed, ...revision } = found;
        return json(revision);
      }),
    ),
    http.post(
      p('/articles/:id/revisions/:rev/restore'),
      authed(({ request, params, user }) => {
        const article = restoreRevision(store.db, user, params.id, Number(params.rev), request.headers.get('if-match'));
        store.written();
        return json(article);
      }),
    ),
    http.get(
      p('/articles/:id/notes'),
      authed(({ params, user }) => {
        const article = visibleArticle(store.db, user, params.id);
        return json(store.db.notes.filter((n) => n.articleId === article.id));
      }),
    ),
    http.post(
      p('/articles/:id/notes'),
      authed(async ({ request, params, user }) => {
        const article = visibleArticle(store.db, user, params.id);
        const { body } = await readBody(request, noteInputSchema);
        const note = { id: nextId(store.db, 'n'), articleId: article.id, by: user.id, at: clock.nowIso(), body };
        store.db.notes.push(note);
        store.written();
        return json(note, 201);
      }),
    ),
    http.get(
      p('/articles/:id/lock'),
      authed(({ params, user }) => {
        const article = visibleArticle(store.db, user, params.id);
        const lock = currentLock(store.db, article.id);
        if (!lock) throw notFound('lock');
        return json(lock);
      }),
    ),
    http.post(
      p('/articles/:id/lock'),
      authed(async ({ request, params, user }) => {
        const article = visibleArticle(store.db, user, params.id);
        const { force } = await readBody(request, lockInputSchema);
        const lock = takeLock(store.db, user, article.id, force ?? false);
        store.written();
        return json(lock);
      }),
    ),
    http.delete(
      p('/articles/:id/lock'),
      authed(({ params, user }) => {
        const article = visibleArticle(store.db, user, params.id);
        if (releaseLock(store.db, user, article.id)) store.written();
        return noContent();
      }),
    ),
  ];
}
