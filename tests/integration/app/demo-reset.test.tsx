import { screen, waitFor, within } from '@testing-library/react';
import { store } from '@mocks/node';
import { renderApp } from '../../render';

describe('reset demo data', () => {
  it('asks first, then restores the seed without signing out', async () => {
    const { user, session } = await renderApp({ route: '/settings', user: 'reporter' });
    const seeded = store.db.users.length;
    store.db.users.pop();

    await user.click(await screen.findByRole('button', { name: 'Tài khoản của Nguyễn Thị Mai' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Đặt lại dữ liệu demo' }));
    const dialog = await screen.findByRole('dialog', { name: 'Đặt lại dữ liệu demo?' });
    await user.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    expect(store.db.users.length).toBe(seeded - 1);

    await user.click(screen.getByRole('button', { name: 'Tài khoản của Nguyễn Thị Mai' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Đặt lại dữ liệu demo' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Đặt lại' }));
    expect(await screen.findByText('Đã khôi phục dữ liệu demo ban đầu.')).toBeInTheDocument();
    expect(store.db.users.length).toBe(seeded);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(session().status).toBe('signed_in');
  });
});
