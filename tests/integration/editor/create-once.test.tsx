import { screen, waitFor } from '@testing-library/react';
import { http } from 'msw';
import { plainText } from '@/components/rich-text/text-stats';
import { store } from '@mocks/node';
import { server } from '../../render';
import { loseFirstCreateAnswer } from '../lost-answer';
import { bodyEditor, renderEditor, SLOW, statusText, typeInBody } from './helpers';

/** The first create's answer is lost after the server made the article; every later key is recorded too. */
function loseFirstCreateAnswerRecordingKeys(keys: (string | null)[]) {
  // Falls through to the real route; only records the key of every later create.
  server.use(http.post('*/api/articles', ({ request }) => void keys.push(request.headers.get('idempotency-key'))));
  loseFirstCreateAnswer(keys);
}

describe('the first save of a new article', () => {
  it('retried after its answer was lost, makes exactly one article, and nothing typed meanwhile is lost', async () => {
    const keys: (string | null)[] = [];
    loseFirstCreateAnswerRecordingKeys(keys);
    const before = store.db.articles.length;
    const { user, router } = await renderEditor('/articles/new');
    const title = await screen.findByRole('textbox', { name: 'Tiêu đề' }, SLOW);
    await user.type(title, 'Mất phản hồi lần đầu');
    const editor = await bodyEditor();
    typeInBody(editor, 'Đoạn mở đầu.');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(statusText()).toMatch(/đang thử lại/));
    expect(store.db.articles.length).toBe(before + 1);
    // Typed while the create waits for its retry: must reach the server after it.
    typeInBody(editor, ' Viết thêm khi chờ.');
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/articles\/[^/]+\/edit$/), { timeout: 10_000 });
    const id = router.state.location.pathname.split('/')[2];
    await waitFor(() => expect(plainText(store.db.articles.find((a) => a.id === id)!.body)).toContain('Viết thêm khi chờ.'), {
      timeout: 10_000,
    });
    expect(store.db.articles.length).toBe(before + 1);
    expect(store.db.articles.filter((a) => a.title === 'Mất phản hồi lần đầu')).toHaveLength(1);
    expect(keys.length).toBeGreaterThanOrEqual(2);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
  });
});
