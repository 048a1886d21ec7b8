import {
  articleInputSchema,
  checkTransition,
  slugify,
  type Article,
  type TransitionInput,
  type User,
} from '@/domain';
import { clock } from '../clock';
import type { Db } from '../db';
import { forbidden, invalidState, validation, versionConflict } from '../errors';
import { zodFields } from '../http-fields';
import { addHistory, recordRevision, sealRevisions, visibleArticle } from './article-helpers';
import { slugAvailable } from './articles';

const ROLE_MESSAGE = { forbidden: 'Your role may not take this step.', invalid_state: 'The article is not in a state that allows this step.' };

/** One workflow step, checked the way a real server does: role (403), state (409), version (412), needs (422). */
export function transition(db: Db, user: User, id: string, input: TransitionInput): Article {
  const article = visibleArticle(db, user, id);
  const check = checkTransition(input.action, user, article);
  if (!check.ok) {
    if (check.reason === 'forbidden') throw forbidden(ROLE_MESSAGE.forbidden);
    throw invalidState(ROLE_MESSAGE.invalid_state, article);
  }
  if (input.version !== article.version) throw versionConflict(article);
  const now = clock.nowIso();

  if (input.action === 'submit') {
    const result = articleInputSchema.safeParse(article);
    const fields = result.success ? {} : zodFields(result.error);
    if (article.categoryId && !db.categories.some((c) => c.id === article.categoryId)) fields.categoryId = 'unknown';
    if (Object.keys(fields).length) throw validation(fields, 'The article is not complete enough to submit.');
    recordRevision(db, article, user.id, now);
    article.submittedAt = now;
  }
  if (input.action === 'schedule' && (!input.scheduledAt || Date.parse(input.scheduledAt) <= clock.now().getTime())) {
    throw validation({ scheduledAt: 'not_future' }, 'The publication time must be in the future.');
  }

  const from = article.status;
  article.status = check.to;
  if (input.action === 'schedule') article.scheduledAt = new Date(input.scheduledAt!).toISOString();
  if (input.action === 'unschedule') article.scheduledAt = null;
  if (input.action === 'publish') {
    article.publishedAt = now;
    article.scheduledAt = null;
    if (!article.slug) article.slug = uniqueSlug(db, article);
  }
  if (input.action === 'request_changes' || input.action === 'unpublish') {
    article.lastReason = { codes: input.reasonCodes ?? [], text: input.note ?? '', by: user.id, at: now };
  }
  if (input.action === 'approve') article.lastReason = null;
  addHistory(db, article, {
    action: input.action,
    from,
    to: check.to,
    by: user.id,
    at: now,
    note: input.note ?? '',
    reasonCodes: input.reasonCodes ?? [],
  });
  article.version += 1;
  article.updatedAt = now;
  sealRevisions(db, article.id);
  return article;
}

function uniqueSlug(db: Db, article: Article): string {
  const base = slugify(article.title) || article.id;
  let slug = base;
  for (let k = 2; !slugAvailable(db, slug, article.id); k++) slug = `${base}-${k}`;
  return slug;
}
