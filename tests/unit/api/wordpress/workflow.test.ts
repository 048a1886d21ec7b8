// @vitest-environment node
import { articleStatusOf, emptyWorkflowMeta, historyOf, parseWorkflowMeta, planTransition, workflowCapabilities, wpStatusesFor, WORKFLOW_META } from '@/api/adapters/wordpress/workflow';
import { articleStatuses, type ArticleStatus } from '@/domain';

const reporter = { id: '4', roles: ['reporter' as const] };
const editor = { id: '2', roles: ['editor_in_chief' as const] };
const now = new Date('2026-11-26T03:00:00.000Z');
const article = (status: ArticleStatus, meta = emptyWorkflowMeta()) => ({ status, authorId: '4', meta });
const metaSent = (body: Record<string, unknown>) => parseWorkflowMeta((body.meta as Record<string, string>)[WORKFLOW_META]);

describe('WordPress statuses ↔ the newsroom workflow', () => {
  it('reads every WordPress status, refined by the companion stage', () => {
    const stage = (s: '' | 'approved' | 'changes_requested') => ({ ...emptyWorkflowMeta(), stage: s });
    expect(articleStatusOf('draft', stage(''))).toBe('draft');
    expect(articleStatusOf('draft', stage('changes_requested'))).toBe('changes_requested');
    expect(articleStatusOf('pending', stage(''))).toBe('in_review');
    expect(articleStatusOf('pending', stage('approved'))).toBe('approved');
    expect(articleStatusOf('future', stage(''))).toBe('scheduled');
    expect(articleStatusOf('publish', stage(''))).toBe('published');
    expect(articleStatusOf('private', stage(''))).toBe('unpublished');
    expect(articleStatusOf('trash', stage(''))).toBeNull();
  });

  it('queries the WordPress statuses behind ours, once each', () => {
    expect(wpStatusesFor(articleStatuses)).toEqual(['draft', 'pending', 'future', 'publish', 'private']);
    expect(wpStatusesFor(['in_review', 'approved'])).toEqual(['pending']);
  });

  it('declares only native states without the companion plugin', () => {
    expect(workflowCapabilities(true).statuses).toEqual(articleStatuses);
    expect(workflowCapabilities(false).statuses).not.toContain('approved');
    expect(workflowCapabilities(false).workflowActions).not.toContain('request_changes');
  });

  it('treats unreadable meta as no workflow meta', () => {
    expect(parseWorkflowMeta('{nope')).toEqual(emptyWorkflowMeta());
    expect(parseWorkflowMeta(undefined)).toEqual(emptyWorkflowMeta());
  });
});

describe('planning a transition', () => {
  it('submits the author’s draft as pending and records it', () => {
    const plan = planTransition('submit', article('draft'), reporter, { version: 1 }, true, now);
    expect(plan).toMatchObject({ ok: true, to: 'in_review', body: { status: 'pending' } });
    if (!plan.ok) return;
    expect(metaSent(plan.body).history).toEqual([{ action: 'submit', from: 'draft', to: 'in_review', by: '4', at: now.toISOString(), note: '', reasonCodes: [] }]);
  });

  it('checks the role before the state, then what the action needs', () => {
    expect(planTransition('approve', article('in_review'), reporter, { version: 1 }, true, now)).toMatchObject({ ok: false, kind: 'forbidden' });
    expect(planTransition('withdraw', article('in_review'), editor, { version: 1 }, true, now)).toMatchObject({ ok: false, kind: 'forbidden' });
    expect(planTransition('publish', article('in_review'), editor, { version: 1 }, true, now)).toMatchObject({ ok: false, kind: 'conflict' });
    expect(planTransition('request_changes', article('in_review'), editor, { version: 1 }, true, now)).toMatchObject({ ok: false, kind: 'validation', field: 'reasonCodes' });
    expect(planTransition('request_changes', article('in_review'), editor, { version: 1, note: 'Thiếu nguồn' }, true, now)).toMatchObject({ ok: false, kind: 'validation', field: 'reasonCodes' });
    expect(planTransition('unpublish', article('published'), editor, { version: 1, reasonCodes: ['sensitive'] }, true, now)).toMatchObject({ ok: false, kind: 'validation', field: 'note' });
    expect(planTransition('schedule', article('approved'), editor, { version: 1, scheduledAt: '2020-01-01T00:00:00Z' }, true, now)).toMatchObject({ ok: false, kind: 'validation', field: 'scheduledAt' });
  });

  it('sends changes back as a draft carrying the reason for the reporter', () => {
    const plan = planTransition('request_changes', article('in_review'), editor, { version: 1, note: 'Thiếu nguồn', reasonCodes: ['missing_source'] }, true, now);
    expect(plan).toMatchObject({ ok: true, to: 'changes_requested', body: { status: 'draft' } });
    if (!plan.ok) return;
    const meta = metaSent(plan.body);
    expect(meta).toMatchObject({ stage: 'changes_requested', reason: { codes: ['missing_source'], text: 'Thiếu nguồn', by: '2' } });
    expect(historyOf('9', meta)).toEqual([expect.objectContaining({ id: '9-1', articleId: '9', action: 'request_changes', from: 'in_review', to: 'changes_requested', note: 'Thiếu nguồn' })]);
  });

  it('approves as a marked pending post and schedules with a UTC date', () => {
    expect(planTransition('approve', article('in_review'), editor, { version: 1 }, true, now)).toMatchObject({ ok: true, body: { status: 'pending' } });
    const plan = planTransition('schedule', article('approved'), editor, { version: 1, scheduledAt: '2026-12-01T08:30:00+07:00' }, true, now);
    expect(plan).toMatchObject({ ok: true, to: 'scheduled', body: { status: 'future', date_gmt: '2026-12-01T01:30:00' } });
  });

  it('publishes straight from review on a site without the companion, and sends no meta', () => {
    const plan = planTransition('publish', article('in_review'), editor, { version: 1 }, false, now);
    expect(plan).toEqual({ ok: true, to: 'published', body: { status: 'publish' } });
    expect(planTransition('approve', article('in_review'), editor, { version: 1 }, false, now)).toMatchObject({ ok: false, kind: 'validation' });
  });
});
