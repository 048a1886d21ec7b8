import { isEditorInChief, type Article, type ArticleStatus, type HistoryEntry, type User } from '@/domain';
import { nextId, type Db } from '../db';
import { forbidden, notFound } from '../errors';
import { countWords } from '../seed/body';

/** Others' drafts are private to their author (and the editor-in-chief). */
export function canSee(user: User, article: Article): boolean {
  return isEditorInChief(user) || article.status !== 'draft' || article.authorId === user.id;
}

export function findArticle(db: Db, id: string): Article {
  const article = db.articles.find((a) => a.id === id);
  if (!article) throw notFound('article');
  return article;
}

export function visibleArticle(db: Db, user: User, id: string): Article {
  const article = findArticle(db, id);
  if (!canSee(user, article)) throw forbidden("Another reporter's draft is private.");
  return article;
}

export function summary(article: Article): Omit<Article, 'body'> {
  const { body: _body, ...rest } = article;
  return rest;
}

export function addHistory(
  db: Db,
  article: Article,
  entry: { action: string; from: ArticleStatus | null; to: ArticleStatus; by: string; at: string; note?: string; reasonCodes?: string[] },
): HistoryEntry {
  const item: HistoryEntry = { id: nextId(db, 'h'), articleId: article.id, note: '', reasonCodes: [], ...entry };
  db.history.push(item);
  return item;
}

export function touch(article: Article, at: string): void {
  article.version += 1;
  article.updatedAt = at;
  article.wordCount = countWords(article.body);
}

const TEN_MINUTES = 10 * 60_000;

/**
 * One revision per save, except that successive saves by the same person within ten minutes fold into
 * the latest one (autosave would otherwise write hundreds). A sealed revision (a workflow step came
 * after it) is never folded into. Saves that change no text write no revision.
 */
export function recordRevision(db: Db, article: Article, by: string, at: string): void {
  const own = db.revisions.filter((r) => r.articleId === article.id);
  const latest = own[own.length - 1];
  const same =
    latest &&
    latest.title === article.title &&
    latest.sapo === article.sapo &&
    JSON.stringify(latest.body) === JSON.stringify(article.body);
  if (same) return;
  const snapshot = { title: article.title, sapo: article.sapo, body: structuredClone(article.body), at, by };
  if (latest && !latest.sealed && latest.by === by && Date.parse(at) - Date.parse(latest.at) < TEN_MINUTES) {
    Object.assign(latest, snapshot);
    return;
  }
  db.revisions.push({ rev: (latest?.rev ?? 0) + 1, articleId: article.id, sealed: false, ...snapshot });
}

/** After a workflow step the text as it stood is kept as is: the next edit starts a new revision. */
export function sealRevisions(db: Db, articleId: string): void {
  for (const r of db.revisions) if (r.articleId === articleId) r.sealed = true;
}
