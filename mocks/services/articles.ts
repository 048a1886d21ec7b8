import {
  articleDraftSchema,
  canEdit,
  DEFAULT_SOURCE,
  emptyDoc,
  isEditorInChief,
  isReporter,
  scoreSearch,
  statusAfterEdit,
  type Article,
  type ArticleDraft,
  type ArticleListQuery,
  type User,
} from '@/domain';
import { clock } from '../clock';
import { nextId, type Db } from '../db';
import { parseWith } from '../http-fields';
import { forbidden, invalidState, notFound, preconditionRequired, validation, versionConflict } from '../errors';
import { checkNotLockedOut } from './locks';
import { addHistory, canSee, recordRevision, sealRevisions, summary, touch, visibleArticle } from './article-helpers';

export function listArticles(db: Db, user: User, query: ArticleListQuery) {
  const statuses = query.status?.length ? new Set(query.status) : null;
  const q = query.q?.trim() ?? '';
  const rows: { article: Article; score: number }[] = [];
  for (const article of db.articles) {
    if (!canSee(user, article)) continue;
    if (statuses && !statuses.has(article.status)) continue;
    if (query.categoryId && article.categoryId !== query.categoryId) continue;
    if (query.authorId && article.authorId !== query.authorId) continue;
    const { matches, score } = q ? scoreSearch(q, article.title, article.sapo, article.byline) : { matches: true, score: 0 };
    if (matches) rows.push({ article, score });
  }
  const [field, dir] = query.sort.split(':') as ['updatedAt' | 'createdAt' | 'submittedAt', 'asc' | 'desc'];
  const sign = dir === 'asc' ? 1 : -1;
  const key = (a: Article) => a[field] ?? '';
  rows.sort((a, b) => b.score - a.score || sign * key(a.article).localeCompare(key(b.article)) || a.article.id.localeCompare(b.article.id));
  const start = (query.page - 1) * query.pageSize;
  return { items: rows.slice(start, start + query.pageSize).map((r) => summary(r.article)), total: rows.length };
}

/** Only known categories and articles may be referenced, and a slug belongs to one article. */
function checkReferences(db: Db, draft: ArticleDraft, selfId?: string) {
  const fields: Record<string, string> = {};
  if (draft.categoryId && !db.categories.some((c) => c.id === draft.categoryId)) fields.categoryId = 'unknown';
  draft.relatedIds?.forEach((id, i) => {
    if (id === selfId || !db.articles.some((a) => a.id === id)) fields[`relatedIds.${i}`] = 'unknown';
  });
  if (draft.slug && !slugAvailable(db, draft.slug, selfId)) fields.slug = 'slug_taken';
  if (Object.keys(fields).length) throw validation(fields);
}

export function slugAvailable(db: Db, slug: string, exceptId?: string): boolean {
  return !db.articles.some((a) => a.slug === slug && a.id !== exceptId);
}

export function createArticle(db: Db, user: User, draft: ArticleDraft): Article {
  if (!isReporter(user) && !isEditorInChief(user)) throw forbidden('Only reporters and the editor-in-chief write articles.');
  checkReferences(db, draft);
  const now = clock.nowIso();
  const article: Article = {
    id: nextId(db, 'a'),
    title: '',
    sapo: '',
    body: emptyDoc(),
    slug: '',
    categoryId: '',
    tags: [],
    byline: user.name,
    source: DEFAULT_SOURCE,
    featuredImage: null,
    relatedIds: [],
    seoTitle: '',
    seoDescription: '',
    ...draft,
    authorId: user.id,
    status: 'draft',
    scheduledAt: null,
    publishedAt: null,
    createdAt: now,
    updatedAt: now,
    version: 0,
    commentCount: 0,
    wordCount: 0,
    lastReason: null,
    submittedAt: null,
  };
  touch(article, now);
  db.articles.push(article);
  addHistory(db, article, { action: 'create', from: null, to: 'draft', by: user.id, at: now });
  recordRevision(db, article, user.id, now);
  return article;
}

/** `If-Match: 7` or `If-Match: "7"`; missing is a 428, stale a 412 carrying the current copy. */
export function checkVersion(article: Article, ifMatch: string | null | undefined): void {
  if (ifMatch == null || ifMatch.trim() === '') throw preconditionRequired();
  const version = Number(ifMatch.trim().replace(/^W\//, '').replace(/"/g, ''));
  if (version !== article.version) throw versionConflict(article);
}

/** Checked in a real server's order: visibility, role (403), precondition (428/412), then the body (422). */
export function updateArticle(db: Db, user: User, id: string, body: unknown, ifMatch: string | null): Article {
  const article = visibleArticle(db, user, id);
  if (!canEdit(user, article)) throw forbidden('You may not edit this article.');
  checkNotLockedOut(db, user, article.id);
  checkVersion(article, ifMatch);
  const patch = parseWith(articleDraftSchema, body);
  checkReferences(db, patch, id);
  if (patch.slug !== undefined && article.publishedAt && article.slug && patch.slug !== article.slug) {
    throw validation({ slug: 'slug_frozen' }, 'The slug of a published article cannot change.');
  }
  Object.assign(article, patch);
  return recordEdit(db, user, article);
}

/** What every change of the text entails: approval lost (server rule), a new version, a revision. */
function recordEdit(db: Db, user: User, article: Article): Article {
  const now = clock.nowIso();
  const next = statusAfterEdit(article.status, user.roles);
  if (next !== article.status) {
    addHistory(db, article, { action: 'edit', from: article.status, to: next, by: user.id, at: now, note: '' });
    article.status = next;
    article.scheduledAt = null;
    if (next === 'in_review') article.submittedAt = now;
  }
  touch(article, now);
  recordRevision(db, article, user.id, now);
  return article;
}

/**
 * Puts an old revision's title, sapo and body back, as a new revision. The text it replaces is
 * sealed first: were it the caller's own recent revision, the restore would otherwise fold into it
 * (as quick successive saves do) and that text would be gone.
 */
export function restoreRevision(db: Db, user: User, id: string, rev: number, ifMatch: string | null): Article {
  const article = visibleArticle(db, user, id);
  if (!canEdit(user, article)) throw forbidden('You may not edit this article.');
  const old = db.revisions.find((r) => r.articleId === article.id && r.rev === rev);
  if (!old) throw notFound('revision');
  checkNotLockedOut(db, user, article.id);
  checkVersion(article, ifMatch);
  sealRevisions(db, article.id);
  Object.assign(article, { title: old.title, sapo: old.sapo, body: structuredClone(old.body) });
  return recordEdit(db, user, article);
}

/** Authors delete their own drafts; the editor-in-chief deletes anything not live. */
export function removeArticle(db: Db, user: User, id: string, ifMatch: string | null): void {
  const article = visibleArticle(db, user, id);
  const own = article.authorId === user.id && article.status === 'draft';
  if (!own && !isEditorInChief(user)) throw forbidden('Only drafts can be deleted by their author.');
  checkVersion(article, ifMatch);
  if (article.status === 'published' || article.status === 'scheduled') {
    throw invalidState('Unpublish or unschedule the article before deleting it.', article);
  }
  db.articles = db.articles.filter((a) => a.id !== id);
  db.history = db.history.filter((h) => h.articleId !== id);
  db.revisions = db.revisions.filter((r) => r.articleId !== id);
  db.notes = db.notes.filter((n) => n.articleId !== id);
  db.locks = db.locks.filter((l) => l.articleId !== id);
  db.comments = db.comments.filter((c) => c.articleId !== id);
  for (const a of db.articles) if (a.relatedIds.includes(id)) a.relatedIds = a.relatedIds.filter((r) => r !== id);
}
