import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { useApi } from '@/api/react';
import { renderApp, renderWithProviders } from '../../render';
import { store } from '@mocks/node';

/** A page with typed work in progress that calls the port when asked. */
function Workbench() {
  const api = useApi();
  const [draft, setDraft] = useState('');
  const [result, setResult] = useState('');
  const staff = useQuery({ queryKey: ['test', 'staff'], queryFn: () => api.users.list() });
  const categories = useQuery({ queryKey: ['test', 'categories'], queryFn: () => api.taxonomy.categories() });
  return (
    <Stack>
      <TextInput label="Ghi chú" value={draft} onChange={(e) => setDraft(e.currentTarget.value)} />
      <Button
        onClick={async () => {
          try {
            setResult(`${(await api.users.list()).length} người`);
          } catch (e) {
            setResult(`lỗi ${(e as Error).message}`);
          }
        }}
      >
        Tải nhân sự
      </Button>
      <Text>{result}</Text>
      <Text>{staff.data ? `nhân sự: ${staff.data.length}` : ''}</Text>
      <Text>{categories.data ? `chuyên mục: ${categories.data.length}` : ''}</Text>
    </Stack>
  );
}

const expireSessions = () => {
  for (const token of Object.keys(store.db.tokens)) delete store.db.tokens[token];
};

describe('sign-in dialog on an expired session', () => {
  it('opens once over the page, and the interrupted call continues after signing in, nothing typed lost', async () => {
    const { user } = await renderWithProviders(<Workbench />, { user: 'reporter' });
    expect(await screen.findByText('nhân sự: 6')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Ghi chú'), 'Bản nháp chưa lưu');

    expireSessions();
    await user.click(screen.getByRole('button', { name: 'Tải nhân sự' }));

    const dialog = await screen.findByRole('dialog', { name: 'Phiên đăng nhập đã hết hạn' });
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    expect(within(dialog).getByLabelText(/Tên đăng nhập/)).toHaveValue('phongvien');
    await user.type(within(dialog).getByLabelText(/Mật khẩu/), 'demo');
    await user.click(within(dialog).getByRole('button', { name: 'Đăng nhập' }));

    expect(await screen.findByText('6 người')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByLabelText('Ghi chú')).toHaveValue('Bản nháp chưa lưu');
  });

  it('shares one dialog between concurrent failing calls', async () => {
    const { user, queryClient } = await renderWithProviders(<Workbench />, { user: 'reporter' });
    expect(await screen.findByText('chuyên mục: 9')).toBeInTheDocument();
    expireSessions();
    // Not awaited: the refetches wait for the dialog.
    void queryClient.invalidateQueries({ queryKey: ['test'] });
    await user.click(screen.getByRole('button', { name: 'Tải nhân sự' }));

    const dialog = await screen.findByRole('dialog');
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    await user.type(within(dialog).getByLabelText(/Mật khẩu/), 'demo');
    await user.click(within(dialog).getByRole('button', { name: 'Đăng nhập' }));
    expect(await screen.findByText('6 người')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(queryClient.getQueryState(['test', 'staff'])?.status).toBe('success');
    expect(queryClient.getQueryState(['test', 'categories'])?.status).toBe('success');
  });

  it('lets the person decline: the call fails with the original error and the page stays', async () => {
    const { user } = await renderWithProviders(<Workbench />, { user: 'reporter' });
    await screen.findByText('nhân sự: 6');
    await user.type(screen.getByLabelText('Ghi chú'), 'giữ lại');
    expireSessions();
    await user.click(screen.getByRole('button', { name: 'Tải nhân sự' }));
    await user.click(await screen.findByRole('button', { name: 'Để sau' }));
    expect(await screen.findByText(/^lỗi/)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Ghi chú')).toHaveValue('giữ lại');
  });

  it('keeps the page under the dialog when a wrong password is typed', async () => {
    const { user } = await renderWithProviders(<Workbench />, { user: 'reporter' });
    await screen.findByText('nhân sự: 6');
    expireSessions();
    await user.click(screen.getByRole('button', { name: 'Tải nhân sự' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/Mật khẩu/), 'sai');
    await user.click(within(dialog).getByRole('button', { name: 'Đăng nhập' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(screen.getByLabelText('Ghi chú')).toBeInTheDocument();
    expect(screen.getByText('nhân sự: 6')).toBeInTheDocument();
  });

  it('in the app: an expired session on navigation asks over the shell, then the page loads', async () => {
    const { user, router } = await renderApp({ route: '/settings', user: 'editor_in_chief' });
    await screen.findByRole('heading', { name: 'Cài đặt', level: 1 });
    expireSessions();
    await router.navigate('/articles');
    const dialog = await screen.findByRole('dialog', { name: 'Phiên đăng nhập đã hết hạn' });
    expect(screen.getByRole('navigation', { name: 'Điều hướng chính' })).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText(/Mật khẩu/), 'demo');
    await user.click(within(dialog).getByRole('button', { name: 'Đăng nhập' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(router.state.location.pathname).toBe('/articles');
    expect(screen.queryByRole('heading', { name: 'Đăng nhập' })).not.toBeInTheDocument();
  });
});
