import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { renderApp, server } from '../../render';

const nav = () => screen.findByRole('navigation', { name: 'Điều hướng chính' });
const navLinks = async () => within(await nav()).getAllByRole('link').map((a) => a.textContent);

describe('sign-in page', () => {
  it('sends a signed-out visitor to sign in, and back to where they wanted afterwards', async () => {
    const { user, router } = await renderApp({ route: '/settings' });
    expect(await screen.findByRole('heading', { name: 'Đăng nhập' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.search).toBe('?next=%2Fsettings');

    await user.type(screen.getByLabelText(/Tên đăng nhập/), 'phongvien');
    await user.type(screen.getByLabelText(/Mật khẩu/), 'demo');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect(await screen.findByRole('heading', { name: 'Cài đặt', level: 1 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/settings');
  });

  it('lists the demo accounts with their names and role labels', async () => {
    await renderApp({ route: '/sign-in' });
    const list = await screen.findByRole('heading', { name: 'Tài khoản demo' });
    expect(list).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Đăng nhập với tài khoản Nguyễn Thị Mai (Phóng viên)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Đăng nhập với tài khoản Lê Quang Minh (Tổng biên tập)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Đăng nhập với tài khoản Phạm Thu Hà (Điều hành bình luận)' })).toBeInTheDocument();
  });

  const roles = [
    {
      account: 'Nguyễn Thị Mai (Phóng viên)',
      sees: ['Tổng quan', 'Bài của tôi', 'Viết bài mới', 'Cài đặt'],
      notSees: ['Tất cả bài viết', 'Hàng chờ duyệt'],
    },
    {
      account: 'Lê Quang Minh (Tổng biên tập)',
      sees: ['Tổng quan', 'Tất cả bài viết', 'Cài đặt'],
      notSees: ['Bài của tôi', 'Viết bài mới'],
    },
    {
      account: 'Phạm Thu Hà (Điều hành bình luận)',
      sees: ['Tổng quan', 'Cài đặt'],
      notSees: ['Bài của tôi', 'Viết bài mới', 'Tất cả bài viết', 'Hàng chờ duyệt'],
    },
  ];
  for (const { account, sees, notSees } of roles) {
    it(`signs in with one click as ${account} and shows that role's navigation`, async () => {
      const { user, router, session } = await renderApp({ route: '/sign-in' });
      await user.click(await screen.findByRole('button', { name: `Đăng nhập với tài khoản ${account}` }));
      const links = await navLinks();
      expect(links).toEqual(expect.arrayContaining(sees));
      for (const hidden of notSees) expect(links).not.toContain(hidden);
      expect(router.state.location.pathname).toBe('/');
      expect(screen.getByRole('link', { name: 'Tổng quan' })).toHaveAttribute('aria-current', 'page');
      expect(screen.getByRole('button', { name: `Tài khoản của ${session().user?.name}` })).toBeInTheDocument();
    });
  }

  it('explains empty fields in Vietnamese, on the fields', async () => {
    const { user } = await renderApp({ route: '/sign-in' });
    await user.click(await screen.findByRole('button', { name: 'Đăng nhập' }));
    const username = screen.getByLabelText(/Tên đăng nhập/);
    const password = screen.getByLabelText(/Mật khẩu/);
    expect(username).toHaveAccessibleDescription('Vui lòng nhập trường này.');
    expect(password).toHaveAccessibleDescription('Vui lòng nhập trường này.');
    expect(username).toHaveAttribute('aria-invalid', 'true');

    await user.type(username, 'phongvien');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect(username).not.toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription('Vui lòng nhập trường này.');
  });

  it('says clearly when the password is wrong and keeps what was typed', async () => {
    const { user, router } = await renderApp({ route: '/sign-in' });
    await user.type(await screen.findByLabelText(/Tên đăng nhập/), 'phongvien');
    await user.type(screen.getByLabelText(/Mật khẩu/), 'sai-mat-khau');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(screen.getByLabelText(/Tên đăng nhập/)).toHaveValue('phongvien');
    expect(screen.getByLabelText(/Mật khẩu/)).toHaveValue('sai-mat-khau');
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(sessionStorage.length).toBe(0);
  });

  it('reports a server failure differently from wrong credentials', async () => {
    server.use(http.post('*/api/auth/login', () => HttpResponse.json({ error: { code: 'boom', message: 'down' } }, { status: 503 })));
    const { user } = await renderApp({ route: '/sign-in' });
    await user.type(await screen.findByLabelText(/Tên đăng nhập/), 'phongvien');
    await user.type(screen.getByLabelText(/Mật khẩu/), 'demo');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Máy chủ đang gặp sự cố');
    expect(alert).not.toHaveTextContent('không đúng');
  });

  it('does not follow a next= that leaves the app', async () => {
    const { user, router } = await renderApp({ route: '/sign-in?next=//evil.example/x' });
    await user.click(await screen.findByRole('button', { name: /Nguyễn Thị Mai/ }));
    await nav();
    expect(router.state.location.pathname).toBe('/');
  });
});
