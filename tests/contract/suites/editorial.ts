import type { ArticleLock } from '@/api/port';
import type { Harness } from '../adapter-contract';
import { expectApiError, reporterDraft } from './helpers';

export function editorialContract(h: Harness): void {
  describe('revisions, notes and locks', () => {
    it('keeps revisions of an article, newest first, each readable with its body', async () => {
      if (!h.api.capabilities.revisions) return;
      const draft = await reporterDraft(h);
      const updated = await h.api.articles.update(draft.id, { title: `${draft.title} – bản 2` }, draft.version);
      await h.api.articles.update(draft.id, { title: `${draft.title} – bản 3` }, updated.version);
      const revisions = await h.api.articles.revisions(draft.id);
      expect(revisions.length).toBeGreaterThanOrEqual(1);
      const times = revisions.map((r) => Date.parse(r.at));
      expect(times).toEqual([...times].sort((a, b) => b - a));
      const revision = await h.api.articles.revision(draft.id, revisions[0].rev);
      expect(revision).toMatchObject({ articleId: draft.id, rev: revisions[0].rev, title: revisions[0].title });
      expect(revision.body.type).toBe('doc');
    });

    it('adds editorial notes and lists them', async () => {
      if (!h.api.capabilities.notes) return;
      const draft = await reporterDraft(h);
      await h.as('editor');
      const body = `Cần bổ sung ảnh ${h.unique()}`;
      const note = await h.api.articles.addNote(draft.id, body);
      expect(note).toMatchObject({ articleId: draft.id, body });
      expect((await h.api.articles.notes(draft.id)).map((n) => n.id)).toContain(note.id);
    });

    it('holds an edit lock for one person until released or taken over', async () => {
      if (!h.api.capabilities.locks) return;
      const draft = await reporterDraft(h);
      const reporter = await h.as('reporter');
      const lock = await h.api.articles.lock(draft.id);
      expect(lock).toMatchObject({ articleId: draft.id, userId: reporter.id });
      const editor = await h.as('editor');
      const error = await expectApiError(h.api.articles.lock(draft.id), 'conflict');
      expect((error.current as ArticleLock).userId).toBe(reporter.id);
      expect(await h.api.articles.lock(draft.id, { force: true })).toMatchObject({ userId: editor.id });
      await h.api.articles.unlock(draft.id);
      await h.as('reporter');
      expect((await h.api.articles.lock(draft.id)).userId).toBe(reporter.id);
    });
  });
}
