import { defaultModerationRules } from '@/domain/moderation';
import { emptyDb, type Db } from '../db';
import { flagComments, isBlocked } from '../flags';
import { createRng } from '../prng';
import { seedArticles } from './articles';
import { seedComments } from './comments';
import { seedCategories, seedUsers } from './users';

export { DEMO_PASSWORD } from './users';

/** The default base: every seeded timestamp is relative to it, never to the real clock. */
export const SEED_BASE_DATE = '2026-11-20T03:00:00.000Z';

export type SeedOptions = {
  /** Seed of the PRNG: the same seed (and options) gives the same data. */
  seed?: number;
  /** The instant the seed is written around (ISO). Scheduled articles lie after it, everything else before. */
  baseDate?: string;
  /** Extra pending comments on top of the regular ones, for benchmarks (10,000+ is fine). */
  pendingComments?: number;
  /** Scan comments with the word rules to fill `flags` (default true); off makes a 10k seed faster. */
  flags?: boolean;
};

/** The demo newsroom: users, categories, ~58 articles in every status, ~650 comments, word rules. */
export function createSeed(options: SeedOptions = {}): Db {
  const rng = createRng(options.seed ?? 20261120);
  const base = Date.parse(options.baseDate ?? SEED_BASE_DATE);
  const db = emptyDb();
  db.users = structuredClone(seedUsers);
  db.categories = structuredClone(seedCategories);
  db.rules = structuredClone(defaultModerationRules);
  const articles = seedArticles(rng, base);
  Object.assign(db, articles);
  const comments = seedComments(rng, articles.articles, base, options.pendingComments ?? 0);
  db.comments = comments.comments;
  db.audit = comments.audit;
  if (options.flags !== false) flagComments(db.comments, db.rules);
  // A `block` rule rejects a comment on arrival, and the log says so, as the server does for new
  // comments; the benchmark's extra comments stay pending regardless.
  for (const c of db.comments.slice(0, comments.regular)) {
    if (c.status !== 'pending' || !isBlocked(c.flags)) continue;
    Object.assign(c, { status: 'rejected', version: 1, moderatedBy: 'system', moderatedAt: c.createdAt });
    db.audit.push({
      id: `m-${db.audit.length + 1}`,
      at: c.createdAt,
      by: 'system',
      byName: 'system',
      action: 'reject',
      commentId: c.id,
      articleId: c.articleId,
      from: null,
      to: 'rejected',
      note: 'rule',
    });
  }
  const approved = new Map<string, number>();
  for (const c of db.comments) if (c.status === 'approved') approved.set(c.articleId, (approved.get(c.articleId) ?? 0) + 1);
  for (const a of db.articles) a.commentCount = approved.get(a.id) ?? 0;
  db.seq = {
    a: db.articles.length,
    h: db.history.length,
    n: db.notes.length,
    c: db.comments.length,
    m: db.audit.length,
    r: db.rules.length,
  };
  return db;
}
