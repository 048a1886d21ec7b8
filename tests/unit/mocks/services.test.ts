// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createSeed } from '@mocks/seed';
import { recordRevision, sealRevisions } from '@mocks/services/article-helpers';
import { createRng } from '@mocks/prng';
import { zodFields } from '@mocks/http-fields';
import { articleInputSchema } from '@/domain';

describe('revision recording', () => {
  it('folds saves by the same person within ten minutes, not across people or a seal', () => {
    const db = createSeed();
    const article = db.articles.find((a) => a.status === 'draft')!;
    const count = () => db.revisions.filter((r) => r.articleId === article.id).length;
    const start = count();
    const t0 = Date.parse(article.updatedAt) + 60 * 60_000;
    const at = (min: number) => new Date(t0 + min * 60_000).toISOString();
    article.title = 'A';
    recordRevision(db, article, article.authorId, at(0));
    expect(count()).toBe(start + 1);
    article.title = 'B';
    recordRevision(db, article, article.authorId, at(5));
    expect(count()).toBe(start + 1);
    recordRevision(db, article, article.authorId, at(6));
    expect(count()).toBe(start + 1);
    article.title = 'C';
    recordRevision(db, article, 'u-tongbientap', at(7));
    expect(count()).toBe(start + 2);
    sealRevisions(db, article.id);
    article.title = 'D';
    recordRevision(db, article, 'u-tongbientap', at(8));
    expect(count()).toBe(start + 3);
  });
});

describe('helpers', () => {
  it('the PRNG repeats for a seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });

  it('maps zod issues to field codes keyed by path', () => {
    const result = articleInputSchema.safeParse({ title: '', featuredImage: { url: 'x', caption: '', alt: 'y'.repeat(300) } });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(zodFields(result.error)).toMatchObject({
        title: 'required',
        sapo: 'required',
        'featuredImage.caption': 'required',
        'featuredImage.alt': 'too_long',
      });
    }
  });
});
