import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../render';

const nav = () => screen.findByRole('navigation', { name: /Điều hướng chính|Main navigation/ });

describe('preferences', () => {
  it('switches the language from the header and remembers it', async () => {
    const first = await renderApp({ route: '/settings', user: 'reporter' });
    expect(within(await nav()).getByRole('link', { name: 'Bài của tôi' })).toBeInTheDocument();
    await first.user.click(screen.getByRole('button', { name: 'Ngôn ngữ' }));
    await first.user.click(await screen.findByRole('menuitem', { name: 'English' }));

    expect(within(await nav()).getByRole('link', { name: 'My articles' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Settings', level: 1 })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('newsroom.language')).toBe('en');
    first.unmount();

    await renderApp({ route: '/settings', user: 'reporter' });
    expect(within(await nav()).getByRole('link', { name: 'My articles' })).toBeInTheDocument();
    const back = screen.getByRole('button', { name: 'Language' });
    await first.user.click(back);
    await first.user.click(await screen.findByRole('menuitem', { name: 'Tiếng Việt' }));
    expect(within(await nav()).getByRole('link', { name: 'Bài của tôi' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('vi');
  });

  it('switches light and dark from the header and remembers it', async () => {
    const { user } = await renderApp({ route: '/settings', user: 'moderator' });
    await user.click(await screen.findByRole('button', { name: 'Chuyển sang giao diện tối' }));
    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'dark');
    expect(localStorage.getItem('newsroom.colorScheme')).toBe('dark');
    expect(screen.getByRole('radio', { name: 'Tối' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Chuyển sang giao diện sáng' }));
    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'light');
  });

  it('has a settings page for language, appearance and single-key shortcuts', async () => {
    const { user } = await renderApp({ route: '/settings', user: 'moderator' });
    await screen.findByRole('heading', { name: 'Cài đặt', level: 1 });
    const shortcuts = await screen.findByRole('switch', { name: 'Phím tắt một phím' });
    expect(shortcuts).toBeChecked();
    await user.click(shortcuts);
    expect(shortcuts).not.toBeChecked();
    expect(localStorage.getItem('newsroom.singleKeyShortcuts')).toBe('false');

    await user.click(screen.getByRole('radio', { name: 'English' }));
    expect(await screen.findByRole('switch', { name: 'Single-key shortcuts' })).not.toBeChecked();
    expect(localStorage.getItem('newsroom.language')).toBe('en');
  });
});

describe('navigation on phones', () => {
  it('opens the navbar with the burger and closes it once a destination is chosen', async () => {
    const { user, router } = await renderApp({ route: '/settings', user: 'reporter' });
    const burger = await screen.findByRole('button', { name: 'Mở hoặc đóng menu điều hướng' });
    expect(burger).toHaveAttribute('aria-expanded', 'false');
    await user.click(burger);
    expect(burger).toHaveAttribute('aria-expanded', 'true');
    await user.click(within(await nav()).getByRole('link', { name: 'Tổng quan' }));
    await waitFor(() => expect(burger).toHaveAttribute('aria-expanded', 'false'));
    expect(router.state.location.pathname).toBe('/');
  });
});
