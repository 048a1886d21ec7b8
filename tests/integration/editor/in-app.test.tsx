import { act, screen, waitFor } from '@testing-library/react';
import { store } from '@mocks/node';
import { renderApp, server } from '../../render';
import { ownDraft, SLOW, storedArticle, userId, watchWrites } from './helpers';

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

describe('opening an article from elsewhere in the app', () => {
  const articleGets = (id: string) => {
    const seen: string[] = [];
    const onStart = ({ request }: { request: Request }) => {
      if (request.method === 'GET' && new URL(request.url).pathname === `/api/articles/${id}`) seen.push(request.url);
    };
    server.events.on('request:start', onStart);
    return { seen, stop: () => server.events.removeListener('request:start', onStart) };
  };

  it('asks for the article once, and shows the server’s copy, not one cached from an earlier visit', async () => {
    const draft = ownDraft(userId('phongvien'));
    const { router } = await renderApp({ route: '/', user: 'phongvien' });
    await screen.findByRole('navigation', { name: 'Điều hướng chính' }, SLOW);

    const gets = articleGets(draft.id);
    await act(() => router.navigate(`/articles/${draft.id}/edit`));
    expect(await screen.findByRole('textbox', { name: 'Tiêu đề' }, SLOW)).toHaveValue(draft.title);
    // Whether the navigation asked ahead (while the page's code loaded) or the page asked: one request.
    await waitFor(() => expect(gets.seen).toHaveLength(1));

    // Someone else changes it; the cached copy is now old. Opening it again must show theirs.
    await act(() => router.navigate('/'));
    await screen.findByRole('navigation', { name: 'Điều hướng chính' }, SLOW);
    const theirs = `${draft.title} (sửa ở nơi khác)`;
    store.db.articles = store.db.articles.map((a) => (a.id === draft.id ? { ...a, title: theirs, version: a.version + 1 } : a));
    store.written();
    await act(() => router.navigate(`/articles/${draft.id}/edit`));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Tiêu đề' })).toHaveValue(theirs), SLOW);
    expect(gets.seen).toHaveLength(2);
    gets.stop();
  });
});
