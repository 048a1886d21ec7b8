// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  articleStatuses,
  availableActions,
  checkTransition,
  roles,
  statusAfterEdit,
  transitionInputSchema,
  workflow,
  workflowActions,
  type ArticleStatus,
  type Role,
  type WorkflowAction,
} from '@/domain';

// The DESIGN.md table, written out independently so a change to the data must be deliberate.
const expected: Record<WorkflowAction, { from: ArticleStatus[]; to: ArticleStatus; who: 'author' | Role }> = {
  submit: { from: ['draft', 'changes_requested'], to: 'in_review', who: 'author' },
  withdraw: { from: ['in_review'], to: 'draft', who: 'author' },
  request_changes: { from: ['in_review'], to: 'changes_requested', who: 'editor_in_chief' },
  approve: { from: ['in_review'], to: 'approved', who: 'editor_in_chief' },
  publish: { from: ['approved'], to: 'published', who: 'editor_in_chief' },
  schedule: { from: ['approved'], to: 'scheduled', who: 'editor_in_chief' },
  unschedule: { from: ['scheduled'], to: 'approved', who: 'editor_in_chief' },
  unpublish: { from: ['published'], to: 'unpublished', who: 'editor_in_chief' },
  reopen: { from: ['unpublished'], to: 'draft', who: 'editor_in_chief' },
};

describe('workflow table', () => {
  it('matches DESIGN.md', () => {
    for (const a of workflowActions) {
      expect({ from: [...workflow[a].from], to: workflow[a].to, who: workflow[a].who }).toEqual(expected[a]);
    }
  });

  // Every role × action × state, as author and as someone else.
  for (const role of roles) {
    for (const isAuthor of [true, false]) {
      for (const status of articleStatuses) {
        it(`${role}${isAuthor ? ' (author)' : ''} on ${status}`, () => {
          const user = { id: 'u1', roles: [role] };
          const article = { status, authorId: isAuthor ? 'u1' : 'u2' };
          const allowed = workflowActions.filter((a) => {
            const rule = expected[a];
            const who = rule.who === 'author' ? isAuthor : rule.who === role;
            return who && rule.from.includes(status);
          });
          expect(availableActions(user, article)).toEqual(allowed);
          for (const a of workflowActions) {
            const r = checkTransition(a, user, article);
            const rule = expected[a];
            const who = rule.who === 'author' ? isAuthor : rule.who === role;
            if (!who) expect(r).toEqual({ ok: false, reason: 'forbidden' });
            else if (!rule.from.includes(status)) expect(r).toEqual({ ok: false, reason: 'invalid_state' });
            else expect(r).toEqual({ ok: true, to: rule.to });
          }
        });
      }
    }
  }

  it('every status is reachable and every action leads somewhere in the table', () => {
    const reachable = new Set<ArticleStatus>(['draft']);
    for (let i = 0; i < 10; i++)
      for (const a of workflowActions) if (workflow[a].from.some((s) => reachable.has(s))) reachable.add(workflow[a].to);
    expect([...reachable].sort()).toEqual([...articleStatuses].sort());
  });
});

describe('transition input', () => {
  it('needs a reason, codes and text both, to request changes or unpublish', () => {
    const fields = (input: object) => {
      const result = transitionInputSchema.safeParse(input);
      return result.success ? null : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
    };
    for (const action of ['request_changes', 'unpublish'] as const) {
      expect(fields({ action, version: 1 })).toEqual({ reasonCodes: 'reason_codes_required', note: 'reason_required' });
      expect(fields({ action, version: 1, reasonCodes: ['spelling'] })).toEqual({ note: 'reason_required' });
      expect(fields({ action, version: 1, note: 'Sai chính tả đoạn 2' })).toEqual({ reasonCodes: 'reason_codes_required' });
      expect(fields({ action, version: 1, reasonCodes: [], note: 'Sai chính tả đoạn 2' })).toEqual({ reasonCodes: 'reason_codes_required' });
      expect(fields({ action, version: 1, reasonCodes: ['spelling'], note: '   ' })).toEqual({ note: 'reason_required' });
      expect(fields({ action, version: 1, reasonCodes: ['spelling'], note: 'Sai chính tả đoạn 2' })).toBeNull();
    }
  });
  it('needs a time to schedule', () => {
    expect(transitionInputSchema.safeParse({ action: 'schedule', version: 1 }).success).toBe(false);
    expect(transitionInputSchema.safeParse({ action: 'schedule', version: 1, scheduledAt: '2030-01-01T08:00:00+07:00' }).success).toBe(true);
  });
});

describe('statusAfterEdit', () => {
  it('sends approved and scheduled articles back to review unless the editor-in-chief edits', () => {
    expect(statusAfterEdit('approved', ['reporter'])).toBe('in_review');
    expect(statusAfterEdit('scheduled', ['reporter'])).toBe('in_review');
    expect(statusAfterEdit('approved', ['editor_in_chief'])).toBe('approved');
    expect(statusAfterEdit('draft', ['reporter'])).toBe('draft');
  });
});
