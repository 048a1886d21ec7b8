import { screen } from '@testing-library/react';
import { ApiError } from '@/api/errors';
import { WorkflowActions } from '@/components/workflow/workflow-actions';
import { articleStatuses, availableActions, checkTransition, workflowActions, type ArticleStatus, type WorkflowAction } from '@/domain';
import { i18next } from '@/i18n';
import { clock, resetStore } from '@mocks/node';
import { demoAccount, renderWithProviders } from '../../render';
import { apiAs, offeredLabels, seeded } from './helpers';

const subjects = [
  { who: 'phongvien', as: 'reporter, the author' },
  { who: 'phongvien2', as: 'reporter, not the author' },
  { who: 'tongbientap', as: 'editor-in-chief' },
  { who: 'kiemduyet', as: 'moderator' },
];

/** What each step needs so that only role and state can make the server refuse it. */
const needs = (action: WorkflowAction) => ({
  ...(action === 'request_changes' || action === 'unpublish' ? { reasonCodes: ['other' as const], note: 'Cần sửa.' } : {}),
  ...(action === 'schedule' ? { scheduledAt: new Date(clock.now().getTime() + 86_400_000).toISOString() } : {}),
});

/** Asks the mock server for every action: which does it let this person take on this article? */
async function serverAllows(who: string, status: ArticleStatus): Promise<WorkflowAction[]> {
  const allowed: WorkflowAction[] = [];
  for (const action of workflowActions) {
    resetStore();
    const article = seeded(status);
    try {
      await apiAs(who).articles.transition(article.id, action, { version: article.version, ...needs(action) });
      allowed.push(action);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      // 422 means role and state passed and only the article's content fell short (an incomplete draft).
      if (error.status === 422) {
        allowed.push(action);
        continue;
      }
      const check = checkTransition(action, demoAccount(who), article);
      expect({ action, status: error.status }).toEqual({ action, status: !check.ok && check.reason === 'invalid_state' ? 409 : 403 });
    }
  }
  resetStore();
  return allowed;
}

describe('workflow actions: every role × state, against the mock server', () => {
  for (const { who, as } of subjects) {
    for (const status of articleStatuses) {
      it(`${as} on a ${status} article is offered exactly what the server allows`, async () => {
        const allowed = await serverAllows(who, status);
        const article = seeded(status);
        const user = demoAccount(who);
        expect(allowed).toEqual(availableActions(user, article));

        await renderWithProviders(<WorkflowActions article={article} />, { user: who });
        const expected = allowed.map((a) => i18next.t(`review:actions.${a}`));
        if (expected.length) await screen.findByRole('group', { name: 'Thao tác duyệt bài' });
        expect(offeredLabels()).toEqual(expected);
      });
    }
  }
});
