// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { articleSchema, articleStatuses, commentSchema, commentStatuses, fold, historyEntrySchema, userSchema } from '@/domain';
import { createSeed, SEED_BASE_DATE } from '@mocks/seed';

const countBy = <T>(items: T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>((acc, item) => ({ ...acc, [key(item)]: (acc[key(item)] ?? 0) + 1 }), {});

describe('the demo seed', () => {
  const db = createSeed();

  it('is deterministic: the same options give the same data, another seed different data', () => {
    expect(JSON.stringify(createSeed())).toBe(JSON.stringify(db));
    expect(JSON.stringify(createSeed({ seed: 7 }))).not.toBe(JSON.stringify(db));
  });

  it('holds at least 44 articles in every status across at least 8 categories, all valid', () => {
    expect(db.articles.length).toBeGreaterThanOrEqual(44);
    const statuses = countBy(db.articles, (a) => a.status);
    for (const status of articleStatuses) expect(statuses[status], status).toBeGreaterThanOrEqual(3);
    expect(new Set(db.articles.map((a) => a.categoryId).filter(Boolean)).size).toBeGreaterThanOrEqual(8);
    for (const article of db.articles) expect(() => articleSchema.parse(article)).not.toThrow();
    for (const entry of db.history) expect(() => historyEntrySchema.parse(entry)).not.toThrow();
  });

  it('gives every reporter articles in every status', () => {
    for (const reporter of ['u-phongvien', 'u-phongvien2', 'u-phongvien3']) {
      const mine = new Set(db.articles.filter((a) => a.authorId === reporter).map((a) => a.status));
      expect(mine.size, reporter).toBe(articleStatuses.length);
    }
  });

  it('writes articles in the portal shape', () => {
    const published = db.articles.filter((a) => a.status === 'published');
    expect(published.some((a) => a.title.startsWith('Quận 8: '))).toBe(true);
    expect(db.articles.some((a) => fold(a.title + a.sapo).includes('dang bo'))).toBe(true);
    for (const a of published) {
      const first = a.body.content?.[0]?.content?.[0]?.text ?? '';
      expect(first.startsWith('(Thanhuytphcm.vn) - ')).toBe(true);
      expect(a.source).toBe('Thanhuytphcm.vn');
      expect(a.featuredImage?.caption).toBeTruthy();
      expect(a.featuredImage?.alt).toBeTruthy();
      expect(a.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(Date.parse(a.publishedAt!)).toBeLessThan(Date.parse(SEED_BASE_DATE));
    }
    const types = new Set(db.articles.flatMap((a) => (a.body.content ?? []).map((n) => n.type)));
    expect([...types]).toEqual(expect.arrayContaining(['paragraph', 'heading', 'bulletList', 'blockquote']));
    expect(db.articles.some((a) => a.relatedIds.length > 0)).toBe(true);
    expect(new Set(db.articles.map((a) => a.slug).filter(Boolean)).size).toBe(db.articles.filter((a) => a.slug).length);
  });

  it('schedules articles after the base date and records why articles were returned', () => {
    const base = Date.parse(SEED_BASE_DATE);
    for (const a of db.articles.filter((x) => x.status === 'scheduled')) expect(Date.parse(a.scheduledAt!)).toBeGreaterThan(base);
    for (const a of db.articles.filter((x) => x.status === 'changes_requested' || x.status === 'unpublished')) {
      expect(a.lastReason?.codes.length).toBeGreaterThan(0);
    }
  });

  it('holds at least 6 users with the demo accounts', () => {
    expect(db.users.length).toBeGreaterThanOrEqual(6);
    for (const u of db.users) expect(() => userSchema.parse(u)).not.toThrow();
    const byName = Object.fromEntries(db.users.map((u) => [u.username, u]));
    expect(byName.phongvien).toMatchObject({ name: 'Nguyễn Thị Mai', roles: ['reporter'] });
    expect(byName.phongvien2).toMatchObject({ name: 'Trần Văn Hùng', roles: ['reporter'] });
    expect(byName.tongbientap).toMatchObject({ name: 'Lê Quang Minh', roles: ['editor_in_chief'] });
    expect(byName.kiemduyet).toMatchObject({ name: 'Phạm Thu Hà', roles: ['moderator'] });
  });

  it('holds at least 600 comments in every status, with spam, abuse, reports, staff replies and threads', () => {
    expect(db.comments.length).toBeGreaterThanOrEqual(600);
    const statuses = countBy(db.comments, (c) => c.status);
    for (const status of commentStatuses) expect(statuses[status], status).toBeGreaterThanOrEqual(30);
    for (const c of db.comments) expect(() => commentSchema.parse(c)).not.toThrow();
    expect(db.comments.some((c) => c.body.includes('http'))).toBe(true);
    expect(db.comments.some((c) => /đ\.m|vcl|\bdm\b/.test(c.body))).toBe(true);
    expect(db.comments.filter((c) => c.reports > 0).length).toBeGreaterThan(10);
    expect(db.comments.filter((c) => c.staffReply).length).toBeGreaterThan(5);
    const ids = new Set(db.comments.map((c) => c.id));
    const threaded = db.comments.filter((c) => c.parentId);
    expect(threaded.filter((c) => !c.staffReply).length).toBeGreaterThan(10);
    for (const c of threaded) expect(ids.has(c.parentId!)).toBe(true);
  });

  it('flags comments with the word rules; a block rule has already rejected what it matches', () => {
    const flagged = db.comments.filter((c) => c.flags.length > 0);
    expect(flagged.length).toBeGreaterThan(20);
    const sample = flagged.find((c) => c.flags.some((f) => f.severity === 'block'))!;
    const flag = sample.flags[0];
    expect(sample.body.slice(flag.start, flag.end).length).toBeGreaterThan(0);
    expect(db.comments.some((c) => c.status === 'pending' && c.flags.some((f) => f.severity === 'suspect'))).toBe(true);
    expect(db.comments.filter((c) => c.status === 'pending' && c.flags.some((f) => f.severity === 'block'))).toEqual([]);
    expect(db.comments.some((c) => c.status === 'rejected' && c.moderatedBy === 'system')).toBe(true);
    expect(db.comments.some((c) => /buổi/i.test(c.body) && c.flags.length === 0)).toBe(true);
  });

  it('keeps each article comment count equal to its approved comments', () => {
    for (const a of db.articles) {
      expect(a.commentCount).toBe(db.comments.filter((c) => c.articleId === a.id && c.status === 'approved').length);
    }
  });

  it('makes 10,000 extra pending comments quickly', () => {
    const started = performance.now();
    const big = createSeed({ pendingComments: 10_000 });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(big.comments.filter((c) => c.status === 'pending').length).toBeGreaterThanOrEqual(10_000);
    expect(new Set(big.comments.map((c) => c.id)).size).toBe(big.comments.length);
  });
});
