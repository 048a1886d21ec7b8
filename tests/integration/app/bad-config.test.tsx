import { act, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { createRoot, type Root } from 'react-dom/client';
import { start } from '@/app/bootstrap';
import { createTestRouter } from '@/app/router';
import { server } from '../../render';

let root: Root;
let container: HTMLElement;
beforeEach(() => {
  container = document.body.appendChild(document.createElement('div'));
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const boot = () => act(() => start(root, { createRouter: () => createTestRouter('/'), env: 'test' }));

describe('runtime configuration', () => {
  it('explains a config.json that is not JSON, and how to fix it', async () => {
    server.use(http.get('*/config.json', () => HttpResponse.text('{ "api": { "adapter": "rest", }')));
    await boot();
    expect(await screen.findByRole('heading', { name: 'Không khởi động được ứng dụng' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('/config.json is not valid JSON');
    expect(screen.getByText(/Sửa tệp config.json cho đúng cú pháp JSON/)).toBeInTheDocument();
  });

  it('names the wrong field', async () => {
    server.use(http.get('*/config.json', () => HttpResponse.json({ api: { adapter: 'graphql', baseUrl: '/api' }, demo: false })));
    await boot();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('api.adapter');
    expect(alert).toHaveTextContent('Mục cần sửa: api.adapter');
  });

  it('explains a missing config.json', async () => {
    server.use(http.get('*/config.json', () => new HttpResponse(null, { status: 404 })));
    await boot();
    expect(await screen.findByText(/Đặt tệp config.json vào thư mục gốc/)).toBeInTheDocument();
  });

  it('starts the app with a good config', async () => {
    server.use(http.get('*/config.json', () => HttpResponse.json({ api: { adapter: 'rest', baseUrl: '/api' }, demo: false })));
    await boot();
    expect(await screen.findByRole('heading', { name: 'Đăng nhập' })).toBeInTheDocument();
    // Not a demo backend: no demo accounts offered.
    expect(screen.queryByRole('heading', { name: 'Tài khoản demo' })).not.toBeInTheDocument();
  });
});
