import { screen, waitFor } from '@testing-library/react';
import { renderApp } from '../../render';

describe('session', () => {
  it('survives a reload of the tab (the token is in sessionStorage only)', async () => {
    const first = await renderApp({ route: '/sign-in' });
    await first.user.click(await screen.findByRole('button', { name: /Nguyễn Thị Mai/ }));
    await screen.findByRole('navigation', { name: 'Điều hướng chính' });
    expect(sessionStorage.length).toBe(1);
    const token = sessionStorage.getItem(sessionStorage.key(0)!);
    expect(token).toBeTruthy();
    for (let i = 0; i < localStorage.length; i += 1) {
      expect(localStorage.getItem(localStorage.key(i)!)).not.toContain(token!);
    }
    first.unmount();

    // A fresh app, as after pressing F5: nothing in memory, only what the tab kept.
    const second = await renderApp({ route: '/settings' });
    expect(await screen.findByRole('heading', { name: 'Cài đặt', level: 1 })).toBeInTheDocument();
    expect(second.session().user?.name).toBe('Nguyễn Thị Mai');
    expect(second.router.state.location.pathname).toBe('/settings');
  });

  it('drops a token the server no longer accepts and asks to sign in', async () => {
    sessionStorage.setItem('newsroom.session', 'expired-token');
    const { router } = await renderApp({ route: '/settings' });
    expect(await screen.findByRole('heading', { name: 'Đăng nhập' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?next=%2Fsettings');
    expect(sessionStorage.getItem('newsroom.session')).toBeNull();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('ends on sign-out: token gone, cache cleared, back to the sign-in page', async () => {
    const { user, router, queryClient } = await renderApp({ route: '/settings', user: 'editor_in_chief' });
    await user.click(await screen.findByRole('button', { name: 'Tài khoản của Lê Quang Minh' }));
    expect(await screen.findByRole('menu')).toHaveTextContent('Tổng biên tập');
    await user.click(await screen.findByRole('menuitem', { name: 'Đăng xuất' }));

    expect(await screen.findByRole('heading', { name: 'Đăng nhập' })).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(router.state.location.search).toBe('');
    expect(sessionStorage.length).toBe(0);
    expect(queryClient.getQueryCache().findAll({ queryKey: ['articles'] })).toEqual([]);

    // The old page is not reachable any more.
    await router.navigate('/settings');
    // The sign-in page on screen until the guard redirects is the old one: wait for the redirect.
    await waitFor(() => expect(router.state.location).toMatchObject({ pathname: '/sign-in', search: '?next=%2Fsettings' }));
    expect(await screen.findByRole('heading', { name: 'Đăng nhập' })).toBeInTheDocument();
  });
});
