import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { useApi } from '@/api/react';
import { AppLayout } from '@/app/layout/app-layout';
import { navItems } from '@/app/navigation';
import { RequireSession } from '@/app/require-session';
import { renderApp, server } from '../../render';

/** The app's shell and error handling around pages written to fail. */
function shellWith(pages: RouteObject[]): RouteObject[] {
  return [
    {
      path: '/',
      element: (
        <RequireSession>
          <AppLayout navItems={navItems} />
        </RequireSession>
      ),
      children: [{ index: true, element: <Text>Trang chủ thử</Text> }, ...pages],
    },
  ];
}

const crash = { armed: true };
function Fragile() {
  if (crash.armed) throw new Error('Cannot read properties of undefined (reading "title")');
  return <Text>Trang đã hiển thị</Text>;
}

function StaffCount() {
  const api = useApi();
  const staff = useQuery({ queryKey: ['test', 'staff'], queryFn: () => api.users.list(), throwOnError: true });
  return <Text>{staff.data ? `${staff.data.length} nhân sự` : 'đang tải'}</Text>;
}

const navigation = () => screen.getByRole('navigation', { name: 'Điều hướng chính' });

describe('when something goes wrong', () => {
  // React reports every caught render error on the console; here they are the point of the test.
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows a 404 page for an unknown address, inside the shell, with a way home', async () => {
    const { user, router } = await renderApp({ route: '/khong-co-trang-nay', user: 'reporter' });
    expect(await screen.findByRole('heading', { name: 'Không tìm thấy trang' })).toBeInTheDocument();
    expect(screen.getByText(/\/khong-co-trang-nay/)).toBeInTheDocument();
    expect(navigation()).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Về trang Tổng quan' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });

  it('keeps a crashing page inside an error panel with a retry; the navigation stays', async () => {
    crash.armed = true;
    const { user } = await renderApp({ route: '/fragile', user: 'reporter', routes: shellWith([{ path: 'fragile', element: <Fragile /> }]) });
    const panel = await screen.findByRole('alert');
    expect(panel).toHaveTextContent('Đã có lỗi xảy ra');
    expect(navigation()).toBeInTheDocument();
    await user.click(within(panel).getByText('Chi tiết kỹ thuật'));
    expect(within(panel).getByText(/reading "title"/)).toBeInTheDocument();

    crash.armed = false;
    await user.click(within(panel).getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByText('Trang đã hiển thị')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('clears the error panel when navigating elsewhere', async () => {
    crash.armed = true;
    const { user } = await renderApp({ route: '/fragile', user: 'reporter', routes: shellWith([{ path: 'fragile', element: <Fragile /> }]) });
    await screen.findByRole('alert');
    await user.click(screen.getByRole('link', { name: 'Tổng quan' }));
    expect(await screen.findByText('Trang chủ thử')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('explains a failed request by its kind, and retrying refetches', async () => {
    // Refused until the retry: other parts of the shell (the notifications bell) read users too.
    let refuse = true;
    server.use(
      http.get('*/api/users', () => (refuse ? HttpResponse.json({ error: { code: 'forbidden', message: 'no' } }, { status: 403 }) : undefined)),
    );
    const { user } = await renderApp({ route: '/staff', user: 'reporter', routes: shellWith([{ path: 'staff', element: <StaffCount /> }]) });
    const panel = await screen.findByRole('alert');
    expect(panel).toHaveTextContent('Tài khoản của bạn không có quyền thực hiện thao tác này.');
    refuse = false;
    await user.click(within(panel).getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByText('6 nhân sự')).toBeInTheDocument();
  });

  it('offers a reload when a page’s code cannot be downloaded', async () => {
    const Broken = lazy(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/broken-page.js')));
    const lazyFails: RouteObject = { path: 'broken', element: <Broken /> };
    await renderApp({ route: '/broken', user: 'reporter', routes: shellWith([lazyFails]) });
    const panel = await screen.findByRole('alert');
    expect(panel).toHaveTextContent('Không tải được trang');
    expect(within(panel).getByRole('button', { name: 'Tải lại trang' })).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Thử lại' })).not.toBeInTheDocument();
    expect(navigation()).toBeInTheDocument();
  });
});
