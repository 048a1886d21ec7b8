import type { ModerationRule, User } from '@/domain';
import { clock } from '../clock';
import { nextId, type Ban, type Db } from '../db';
import { notFound, validation } from '../errors';
import { flagComments } from '../flags';
import { audit, recount } from './comments';

export function saveRules(db: Db, rules: ModerationRule[]): ModerationRule[] {
  const seen = new Set<string>();
  const fields: Record<string, string> = {};
  rules.forEach((rule, i) => {
    if (seen.has(rule.id)) fields[`${i}.id`] = 'duplicate';
    seen.add(rule.id);
  });
  if (Object.keys(fields).length) throw validation(fields);
  db.rules = rules.map((r) => ({ ...r, term: r.term.trim() }));
  flagComments(db.comments, db.rules);
  return db.rules;
}

export function isBanned(db: Db, email: string | undefined, ipHash: string): Ban | undefined {
  const now = clock.now().getTime();
  return db.bans.find(
    (b) => (!b.until || Date.parse(b.until) > now) && ((b.email && b.email === email) || (b.ipHash && b.ipHash === ipHash)),
  );
}

export type BanInput = { email?: string; ipHash?: string; reason: string; days?: number | null };

/** Banning rejects the commenter's pending comments; new ones from them are rejected on arrival. */
export function ban(db: Db, user: User, input: BanInput): Ban {
  if (!input.email && !input.ipHash) throw validation({ email: 'required' });
  const now = clock.now();
  const item: Ban = {
    id: nextId(db, 'b'),
    email: input.email ?? null,
    ipHash: input.ipHash ?? null,
    reason: input.reason,
    until: input.days ? new Date(now.getTime() + input.days * 86_400_000).toISOString() : null,
    by: user.id,
    at: now.toISOString(),
  };
  db.bans.push(item);
  audit(db, user, 'ban', null, null, null, `${item.email ?? item.ipHash}: ${item.reason}`);
  const touched = new Set<string>();
  for (const c of db.comments) {
    if (c.status !== 'pending') continue;
    if (!((item.email && c.email === item.email) || (item.ipHash && c.ipHash === item.ipHash))) continue;
    c.status = 'rejected';
    c.version += 1;
    c.moderatedBy = user.name;
    c.moderatedAt = item.at;
    audit(db, user, 'reject', c, 'pending', 'rejected', 'ban');
    touched.add(c.articleId);
  }
  for (const id of touched) recount(db, id);
  return item;
}

/** Lifting a ban is a moderation action like any other: the log says who lifted which. */
export function unban(db: Db, user: User, id: string): void {
  const item = db.bans.find((b) => b.id === id);
  if (!item) throw notFound('ban');
  db.bans = db.bans.filter((b) => b !== item);
  audit(db, user, 'unban', null, null, null, `${item.email ?? item.ipHash}: ${item.reason}`);
}
