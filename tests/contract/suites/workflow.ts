import type { WorkflowAction } from '@/domain';
import type { Harness } from '../adapter-contract';
import { articleInReview, expectApiError, reporterDraft } from './helpers';

export function workflowContract(h: Harness): void {
  const supports = (...actions: WorkflowAction[]) => actions.every((a) => h.api.capabilities.workflowActions.includes(a));

  describe('workflow', () => {
    it('submits the author’s draft for review and records it in the history', async () => {
      const reporter = await h.as('reporter');
      const draft = await reporterDraft(h);
      const submitted = await h.api.articles.transition(draft.id, 'submit', { version: draft.version });
      expect(submitted.status).toBe('in_review');
      expect(submitted.version).toBeGreaterThan(draft.version);
      const history = await h.api.articles.history(draft.id);
      const entry = history.find((e) => e.action === 'submit');
      expect(entry).toMatchObject({ articleId: draft.id, from: 'draft', to: 'in_review' });
      expect([reporter.id, reporter.name, reporter.username]).toContain(entry!.by);
      expect(Number.isNaN(Date.parse(entry!.at))).toBe(false);
    });

    it('refuses a role that may not act → forbidden', async () => {
      const inReview = await articleInReview(h);
      await h.as('reporter');
      await expectApiError(h.api.articles.transition(inReview.id, 'approve', { version: inReview.version }), 'forbidden');
      await h.as('editor');
      await expectApiError(h.api.articles.transition(inReview.id, 'withdraw', { version: inReview.version }), 'forbidden');
    });

    it('refuses an action the state does not allow → conflict', async () => {
      const draft = await reporterDraft(h);
      await expectApiError(h.api.articles.transition(draft.id, 'withdraw', { version: draft.version }), 'conflict');
      const inReview = await articleInReview(h);
      await expectApiError(h.api.articles.transition(inReview.id, 'publish', { version: inReview.version }), 'conflict');
      expect((await h.api.articles.get(inReview.id)).status).toBe('in_review');
    });

    it('refuses a transition based on a stale version → conflict', async () => {
      const draft = await reporterDraft(h);
      const updated = await h.api.articles.update(draft.id, { sapo: 'Sapo đã sửa' }, draft.version);
      const error = await expectApiError(h.api.articles.transition(draft.id, 'submit', { version: draft.version }), 'conflict');
      if (error.current) expect(error.current).toMatchObject({ id: draft.id, version: updated.version });
    });

    it('asks for a reason when requesting changes, and keeps it in the history', async () => {
      if (!supports('request_changes')) return;
      const inReview = await articleInReview(h);
      await expectApiError(h.api.articles.transition(inReview.id, 'request_changes', { version: inReview.version }), 'validation');
      const note = `Thiếu nguồn trích dẫn ${h.unique()}`;
      const back = await h.api.articles.transition(inReview.id, 'request_changes', { version: inReview.version, note, reasonCodes: ['missing_source'] });
      expect(back.status).toBe('changes_requested');
      const entry = (await h.api.articles.history(inReview.id)).find((e) => e.action === 'request_changes');
      expect(entry).toMatchObject({ to: 'changes_requested', note });
    });

    it('lets the editor-in-chief approve and publish', async () => {
      if (!supports('approve', 'publish')) return;
      const inReview = await articleInReview(h);
      const approved = await h.api.articles.transition(inReview.id, 'approve', { version: inReview.version });
      expect(approved.status).toBe('approved');
      const published = await h.api.articles.transition(inReview.id, 'publish', { version: approved.version });
      expect(published.status).toBe('published');
      expect(published.publishedAt).not.toBeNull();
      const actions = (await h.api.articles.history(inReview.id)).map((e) => e.action);
      expect(actions).toEqual(expect.arrayContaining(['submit', 'approve', 'publish']));
    });

    it('schedules for a future time only', async () => {
      if (!supports('approve', 'schedule')) return;
      const inReview = await articleInReview(h);
      const approved = await h.api.articles.transition(inReview.id, 'approve', { version: inReview.version });
      await expectApiError(h.api.articles.transition(inReview.id, 'schedule', { version: approved.version }), 'validation');
      // Whole seconds: WordPress stores times at one-second resolution.
      const at = new Date(Math.floor((Date.now() + 3 * 24 * 3600_000) / 1000) * 1000).toISOString();
      const scheduled = await h.api.articles.transition(inReview.id, 'schedule', { version: approved.version, scheduledAt: at });
      expect(scheduled.status).toBe('scheduled');
      expect(Date.parse(scheduled.scheduledAt!)).toBe(Date.parse(at));
    });
  });
}
