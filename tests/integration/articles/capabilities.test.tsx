import { screen, waitFor } from '@testing-library/react';
import { createApi } from '@/api/registry';
import type { NewsroomApi } from '@/api/port';
import { renderApp, TEST_API_BASE } from '../../render';
import { pick, waitForSearch, waitForTable, warmUp } from './helpers';

vi.setConfig({ testTimeout: 60_000 });
beforeAll(warmUp, 60_000);

/** The demo backend, declaring fewer statuses, like a backend that cannot hold the others. */
function narrowApi(): NewsroomApi {
  const api = createApi({ api: { adapter: 'rest', baseUrl: TEST_API_BASE }, demo: true });
  return Object.assign(Object.create(api) as NewsroomApi, {
    capabilities: { ...api.capabilities, statuses: ['draft', 'published'] as const },
  });
}

describe('statuses the backend cannot hold', () => {
  it('are not offered, the filter says why, and the URL cannot ask for them', async () => {
    const { user, router } = await renderApp({ route: '/articles?status=scheduled,published', user: 'editor_in_chief', api: narrowApi() });
    await waitForTable();
    expect(screen.getByText('Máy chủ này không hỗ trợ: Chờ duyệt, Cần sửa, Đã duyệt, Hẹn giờ, Đã gỡ')).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Trạng thái' }));
    const options = (await screen.findAllByRole('option')).map((o) => o.textContent);
    expect(options).toEqual(['Nháp', 'Đã xuất bản']);
    await user.keyboard('{Escape}');
    await pick(user, 'Sắp xếp', 'Tạo mới nhất');
    // The unknown status was dropped when the filters were written back.
    await waitForSearch(router, { status: 'published', sort: 'created-desc' });
    await waitFor(() => expect(screen.queryByText('Hẹn giờ')).not.toBeInTheDocument());
  });
});
