import { isEditorInChief, type User } from '@/domain';
import type { ArticleLock } from '@/api/port';
import { clock } from '../clock';
import type { Db } from '../db';
import { forbidden, ServerError } from '../errors';

export const LOCK_TTL_MS = 60_000;

const live = (lock: ArticleLock) => Date.parse(lock.expiresAt) > clock.now().getTime();

/** A soft lock for 60 s, renewed by the holder's heartbeat; only the editor-in-chief may take one over. */
export function takeLock(db: Db, user: User, articleId: string, force: boolean): ArticleLock {
  if (!force) checkNotLockedOut(db, user, articleId);
  const held = currentLock(db, articleId);
  if (force && held && held.userId !== user.id && !isEditorInChief(user)) throw forbidden('Only the editor-in-chief may take over an article.');
  const lock: ArticleLock = {
    articleId,
    userId: user.id,
    userName: user.name,
    expiresAt: new Date(clock.now().getTime() + LOCK_TTL_MS).toISOString(),
  };
  db.locks = db.locks.filter((l) => l.articleId !== articleId && live(l));
  db.locks.push(lock);
  return lock;
}

/** Releasing someone else's lock does nothing: only the holder (or expiry) ends it. */
export function releaseLock(db: Db, user: User, articleId: string): boolean {
  const before = db.locks.length;
  db.locks = db.locks.filter((l) => !(l.articleId === articleId && l.userId === user.id));
  return db.locks.length !== before;
}

/**
 * A write to the text by anyone but the holder of a live lock is refused (423 with the holder): after
 * a takeover, the first editor's next autosave must not land on the new holder's work.
 */
export function checkNotLockedOut(db: Db, user: User, articleId: string): void {
  const held = currentLock(db, articleId);
  if (held && held.userId !== user.id) throw new ServerError(423, 'locked', `${held.userName} is editing this article.`, { current: held });
}

export function currentLock(db: Db, articleId: string): ArticleLock | null {
  const held = db.locks.find((l) => l.articleId === articleId);
  return held && live(held) ? held : null;
}
