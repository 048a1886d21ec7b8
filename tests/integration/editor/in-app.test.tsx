import { screen, waitFor } from '@testing-library/react';
import { renderApp } from '../../render';
import { SLOW, storedArticle, watchWrites } from './helpers';

describe('the editor inside the app', () => {
  it('keeps the same editor when /articles/new becomes /articles/:id/edit', async () => {
    const writes = watchWrites();
    const { user, router } = await renderApp({ route: '/articles/new', user: 'phongvien' });
    const title = await screen.findByRole('textbox', { name: 'Tiêu đề' }, SLOW);
    await user.type(title, 'Bài tạo trong ứng dụng');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/articles\/[^/]+\/edit$/), SLOW);
    const id = router.state.location.pathname.split('/')[2];
    expect(screen.getByRole('textbox', { name: 'Tiêu đề' })).toBe(title);
    await user.type(title, '!');
    await waitFor(() => expect(storedArticle(id).title).toBe('Bài tạo trong ứng dụng!'), SLOW);
    expect(writes.posts).toHaveLength(1);
    writes.stop();
  });
});
