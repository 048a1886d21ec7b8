import { screen, waitFor } from '@testing-library/react';
import { store } from '@mocks/node';
import { ownDraft, renderEditor, SLOW, userId } from './helpers';

describe('Ctrl+K', () => {
  it('jumps to an article found by its title typed without tone marks', async () => {
    const draft = ownDraft(userId('phongvien'));
    const unique = (t: string) => store.db.articles.filter((a) => a.title === t).length === 1;
    const target = store.db.articles.find((a) => a.id !== draft.id && /[ạảãàáâầấậẩẫăằắặẳẵđ]/.test(a.title) && unique(a.title))!;
    const { user, router } = await renderEditor(`/articles/${draft.id}/edit`, 'tongbientap');
    await screen.findByRole('textbox', { name: 'Tiêu đề' }, SLOW);
    await user.keyboard('{Control>}k{/Control}');
    const search = await screen.findByRole('textbox', { name: 'Tìm bài viết theo tiêu đề…' }, SLOW);
    const folded = target.title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd');
    await user.type(search, folded);
    await user.click(await screen.findByRole('button', { name: new RegExp('^' + target.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }, SLOW));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/articles/${target.id}/edit`), SLOW);
  });
});
