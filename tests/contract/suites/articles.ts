import { fold, type Article, type ArticleListQuery } from '@/domain';
import type { Harness } from '../adapter-contract';
import { anyCategoryId, expectApiError, reporterDraft, validArticle } from './helpers';

const query = (over: Partial<ArticleListQuery> = {}): ArticleListQuery => ({ page: 1, pageSize: 20, sort: 'updatedAt:desc', ...over });

export function articleContract(h: Harness): void {
  describe('articles: reading', () => {
    it('pages through the list with a stable total', async () => {
      await h.as('editor');
      const first = await h.api.articles.list(query({ pageSize: 5 }));
      const second = await h.api.articles.list(query({ pageSize: 5, page: 2 }));
      expect(first.total).toBeGreaterThanOrEqual(first.items.length);
      expect(first.items.length).toBe(Math.min(5, first.total));
      expect(second.total).toBe(first.total);
      expect(second.items.length).toBe(Math.max(0, Math.min(5, first.total - 5)));
      const overlap = second.items.filter((a) => first.items.some((b) => b.id === a.id));
      expect(overlap).toEqual([]);
    });

    it('filters by status and sorts by date', async () => {
      await h.as('editor');
      const all = await h.api.articles.list(query({ pageSize: 100 }));
      const statuses = h.api.capabilities.statuses.filter((s) => all.items.some((a) => a.status === s)).slice(0, 2);
      expect(statuses.length).toBeGreaterThan(0);
      const filtered = await h.api.articles.list(query({ status: statuses, pageSize: 100 }));
      expect(filtered.total).toBeGreaterThan(0);
      expect(filtered.total).toBeLessThanOrEqual(all.total);
      for (const a of filtered.items) expect(statuses).toContain(a.status);
      const dates = all.items.map((a) => Date.parse(a.updatedAt));
      expect(dates).toEqual([...dates].sort((x, y) => y - x));
      const oldest = await h.api.articles.list(query({ sort: 'updatedAt:asc', pageSize: 100 }));
      const ascending = oldest.items.map((a) => Date.parse(a.updatedAt));
      expect(ascending).toEqual([...ascending].sort((x, y) => x - y));
    });

    it('searches titles, and ignores tone marks when the backend folds', async () => {
      const draft = await reporterDraft(h);
      const word = draft.title.split(' ').find((w) => /\d/.test(w))!.replace(/:$/, '');
      const found = await h.api.articles.list(query({ q: word }));
      expect(found.items.map((a) => a.id)).toContain(draft.id);
      if (h.traits.foldedSearch) {
        const folded = await h.api.articles.list(query({ q: fold(`Kiểm thử hợp đồng ${word}`) }));
        expect(folded.items.map((a) => a.id)).toContain(draft.id);
      }
      const none = await h.api.articles.list(query({ q: `khongtontai${h.unique()}` }));
      expect(none).toEqual({ items: [], total: 0 });
    });

    it('gets one article with its body, and not an unknown one', async () => {
      await h.as('editor');
      const [summary] = (await h.api.articles.list(query({ pageSize: 1 }))).items;
      const article = await h.api.articles.get(summary.id);
      expect(article).toMatchObject({ id: summary.id, title: summary.title, version: summary.version });
      expect(article.body.type).toBe('doc');
      await expectApiError(h.api.articles.get(`missing-${h.unique()}`), 'not_found');
    });
  });

  describe('articles: writing', () => {
    it('creates a draft authored by the caller', async () => {
      const reporter = await h.as('reporter');
      const input = validArticle(await anyCategoryId(h), h.unique());
      const created = await h.api.articles.create(input);
      expect(created).toMatchObject({ title: input.title, sapo: input.sapo, status: 'draft', authorId: reporter.id, categoryId: input.categoryId });
      expect(Number.isInteger(created.version)).toBe(true);
      expect((await h.api.articles.get(created.id)).title).toBe(input.title);
    });

    it('refuses an invalid draft with per-field errors', async () => {
      await h.as('reporter');
      const error = await expectApiError(h.api.articles.create({ title: 'x'.repeat(151) }), 'validation');
      expect(Object.keys(error.fields ?? {})).toContain('title');
    });

    it('updates with the version it was based on, and refuses a stale one with the current copy', async () => {
      const draft = await reporterDraft(h);
      const updated = await h.api.articles.update(draft.id, { title: `${draft.title} (sửa)` }, draft.version);
      expect(updated.version).toBeGreaterThan(draft.version);
      expect(updated.title).toBe(`${draft.title} (sửa)`);
      const error = await expectApiError(h.api.articles.update(draft.id, { title: 'Bản cũ' }, draft.version), 'conflict');
      expect(error.current as Article).toMatchObject({ id: draft.id, version: updated.version, title: updated.title });
      expect((await h.api.articles.get(draft.id)).title).toBe(updated.title);
    });

    it('deletes with the current version only', async () => {
      const draft = await reporterDraft(h);
      const updated = await h.api.articles.update(draft.id, { sapo: 'Sapo mới' }, draft.version);
      await expectApiError(h.api.articles.remove(draft.id, draft.version), 'conflict');
      await h.api.articles.remove(draft.id, updated.version);
      await expectApiError(h.api.articles.get(draft.id), 'not_found');
    });

    it('tells whether a slug is free', async () => {
      await h.as('editor');
      const taken = (await h.api.articles.list(query({ pageSize: 50 }))).items.find((a) => a.slug);
      expect(taken).toBeDefined();
      expect(await h.api.articles.slugAvailable(taken!.slug)).toBe(false);
      expect(await h.api.articles.slugAvailable(taken!.slug, taken!.id)).toBe(true);
      expect(await h.api.articles.slugAvailable(`khong-ai-dung-${h.unique()}`)).toBe(true);
    });
  });
}
