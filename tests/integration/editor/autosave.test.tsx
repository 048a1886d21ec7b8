import { screen, waitFor } from '@testing-library/react';
import { delay, http } from 'msw';
import { plainText } from '@/components/rich-text/text-stats';
import { server } from '../../render';
import { bodyEditor, ownDraft, renderEditor, statusText, storedArticle, typeInBody, userId, watchWrites, SLOW } from './helpers';

describe('autosave', () => {
  it('saves a couple of seconds after typing stops and says when', async () => {
    const draft = ownDraft(userId('phongvien'));
    const version = draft.version;
    const writes = watchWrites();
    await renderEditor(`/articles/${draft.id}/edit`);
    const editor = await bodyEditor();
    typeInBody(editor, ' Câu mới được gõ thêm.');
    await waitFor(() => expect(statusText()).toBe('Có thay đổi chưa lưu'));
    await new Promise((r) => setTimeout(r, 1000));
    expect(writes.patches).toHaveLength(0);
    await waitFor(() => expect(statusText()).toMatch(/^Đã lưu lúc \d{2}:\d{2}$/), { timeout: 4000 });
    expect(writes.patches).toHaveLength(1);
    expect(writes.patches[0].ifMatch).toBe(String(version));
    // Only what changed: the body (and the slug a draft gets from its title), never the untouched fields.
    expect(Object.keys(writes.patches[0].body ?? {})).toContain('body');
    expect(Object.keys(writes.patches[0].body ?? {})).not.toContain('title');
    expect(plainText(storedArticle(draft.id).body)).toContain('Câu mới được gõ thêm.');
    writes.stop();
  });

  it('saves at once on Ctrl+S', async () => {
    const draft = ownDraft(userId('phongvien'));
    const writes = watchWrites();
    const { user } = await renderEditor(`/articles/${draft.id}/edit`);
    const title = await screen.findByRole('textbox', { name: 'Tiêu đề' }, SLOW);
    await user.clear(title);
    await user.type(title, 'Tiêu đề lưu tay');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(storedArticle(draft.id).title).toBe('Tiêu đề lưu tay'), { timeout: 1500 });
    expect(writes.patches).toHaveLength(1);
    writes.stop();
  });

  it('runs one save at a time, each on the version the previous one returned', async () => {
    const draft = ownDraft(userId('phongvien'));
    const version = draft.version;
    // A slow server, so that new changes arrive while a save is in flight.
    server.use(http.patch('*/api/articles/:id', async () => void (await delay(600))));
    const writes = watchWrites();
    const { user } = await renderEditor(`/articles/${draft.id}/edit`);
    const editor = await bodyEditor();
    typeInBody(editor, ' một');
    await user.keyboard('{Control>}s{/Control}');
    typeInBody(editor, ' hai');
    await user.keyboard('{Control>}s{/Control}');
    typeInBody(editor, ' ba');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(plainText(storedArticle(draft.id).body)).toMatch(/một hai ba$/), { timeout: 5000 });
    await waitFor(() => expect(statusText()).toMatch(/^Đã lưu lúc/));
    expect(writes.maxInFlight).toBe(1);
    expect(writes.patches.length).toBeGreaterThanOrEqual(2);
    expect(writes.patches.map((p) => Number(p.ifMatch))).toEqual(writes.patches.map((_, i) => version + i));
    writes.stop();
  });

  it('creates a new article with exactly one POST and moves to its address without losing the editor', async () => {
    const writes = watchWrites();
    const { user, router } = await renderEditor('/articles/new');
    const title = await screen.findByRole('textbox', { name: 'Tiêu đề' }, SLOW);
    await user.type(title, 'Bài viết mới tinh');
    await user.keyboard('{Control>}s{/Control}');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/articles\/[^/]+\/edit$/));
    const id = router.state.location.pathname.split('/')[2];
    expect(writes.posts).toHaveLength(1);
    expect(storedArticle(id).title).toBe('Bài viết mới tinh');
    // Same editor, same field: typing goes on and lands on the created article.
    expect(screen.getByRole('textbox', { name: 'Tiêu đề' })).toBe(title);
    expect(screen.getByRole('textbox', { name: 'Đường dẫn (slug)' })).toHaveValue('bai-viet-moi-tinh');
    await user.type(title, ' hơn');
    await waitFor(() => expect(storedArticle(id).title).toBe('Bài viết mới tinh hơn'), { timeout: 4000 });
    expect(writes.posts).toHaveLength(1);
    writes.stop();
  });
});
