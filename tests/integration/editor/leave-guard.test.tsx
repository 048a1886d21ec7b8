import { http, HttpResponse } from 'msw';
import { server } from '../../render';
import { screen, waitFor, within } from '@testing-library/react';
import { bodyEditor, ownDraft, renderEditor, SLOW, typeInBody, userId } from './helpers';

describe('leaving with unsaved changes', () => {
  it('asks first, and stays when asked to', async () => {
    // The server is down, so the changes stay unsaved for the whole test.
    server.use(http.patch('*/api/articles/:id', () => HttpResponse.json({ error: { code: 'x', message: 'x' } }, { status: 503 })));
    const draft = ownDraft(userId('phongvien'));
    const { router, user } = await renderEditor(`/articles/${draft.id}/edit`);
    typeInBody(await bodyEditor(), ' chưa lưu');
    void router.navigate('/articles');
    const dialog = await screen.findByRole('dialog', { name: 'Rời trang khi bài chưa lưu?' }, SLOW);
    await user.click(within(dialog).getByRole('button', { name: 'Ở lại' }));
    expect(router.state.location.pathname).toBe(`/articles/${draft.id}/edit`);
    void router.navigate('/articles');
    await user.click(within(await screen.findByRole('dialog', { name: 'Rời trang khi bài chưa lưu?' }, SLOW)).getByRole('button', { name: 'Vẫn rời trang' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/articles'), SLOW);
  });

  it('asks on the back button too, and puts the address back when asked to stay', async () => {
    server.use(http.patch('*/api/articles/:id', () => HttpResponse.json({ error: { code: 'x', message: 'x' } }, { status: 503 })));
    const draft = ownDraft(userId('phongvien'));
    const { router, user } = await renderEditor('/articles');
    await router.navigate(`/articles/${draft.id}/edit`);
    typeInBody(await bodyEditor(), ' chưa lưu');
    void router.navigate(-1);
    const dialog = await screen.findByRole('dialog', { name: 'Rời trang khi bài chưa lưu?' }, SLOW);
    expect(router.state.location.pathname).toBe(`/articles/${draft.id}/edit`);
    await user.click(within(dialog).getByRole('button', { name: 'Ở lại' }));
    expect(router.state.location.pathname).toBe(`/articles/${draft.id}/edit`);
    void router.navigate(-1);
    await user.click(within(await screen.findByRole('dialog', { name: 'Rời trang khi bài chưa lưu?' }, SLOW)).getByRole('button', { name: 'Vẫn rời trang' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/articles'), SLOW);
    expect(await screen.findByRole('heading', { name: 'Danh sách bài' })).toBeInTheDocument();
  });

  it('lets go without asking once everything is saved', async () => {
    const draft = ownDraft(userId('phongvien'));
    const { router, user } = await renderEditor(`/articles/${draft.id}/edit`);
    typeInBody(await bodyEditor(), ' đã lưu');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveTextContent(/Đã lưu lúc/));
    void router.navigate('/articles');
    await waitFor(() => expect(router.state.location.pathname).toBe('/articles'), SLOW);
  });

  it('asks the browser before the tab closes', async () => {
    const draft = ownDraft(userId('phongvien'));
    await renderEditor(`/articles/${draft.id}/edit`);
    typeInBody(await bodyEditor(), ' chưa lưu');
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
  });
});
