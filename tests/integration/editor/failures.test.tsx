import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { plainText } from '@/components/rich-text/text-stats';
import { store } from '@mocks/node';
import { server } from '../../render';
import { bodyEditor, bodyText, ownDraft, renderEditor, statusText, storedArticle, typeInBody, userId, watchWrites } from './helpers';

const PATCH = '*/api/articles/:id';
const failOnce = (status: number, headers: Record<string, string> = {}) =>
  http.patch(PATCH, () => HttpResponse.json({ error: { code: 'x', message: 'x' } }, { status, headers }), { once: true });

async function openDraftAndType(text: string) {
  const draft = ownDraft(userId('phongvien'));
  const r = await renderEditor(`/articles/${draft.id}/edit`);
  const editor = await bodyEditor();
  typeInBody(editor, text);
  return { ...r, draft, editor };
}

describe('saving when the server or the network fails', () => {
  it('5xx: says it is retrying, keeps the text, and saves on a later attempt', async () => {
    server.use(failOnce(503));
    const { editor, draft, user } = await openDraftAndType(' Đoạn văn quan trọng.');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(statusText()).toMatch(/^Chưa lưu — đang thử lại/));
    expect(bodyText(editor)).toContain('Đoạn văn quan trọng.');
    expect(screen.getByText('Bản nháp vẫn được giữ trên máy này.')).toBeInTheDocument();
    await waitFor(() => expect(statusText()).toMatch(/^Đã lưu lúc/), { timeout: 5000 });
    expect(plainText(storedArticle(draft.id).body)).toContain('Đoạn văn quan trọng.');
  });

  it('offline: shows the offline banner, keeps the text, and saves when the network is back', async () => {
    server.use(http.patch(PATCH, () => HttpResponse.error(), { once: true }));
    const { editor, draft, user } = await openDraftAndType(' Gõ khi mất mạng.');
    await user.keyboard('{Control>}s{/Control}');
    const banner = await screen.findByRole('alert');
    expect(within(banner).getByText('Mất kết nối')).toBeInTheDocument();
    expect(bodyText(editor)).toContain('Gõ khi mất mạng.');
    // Coming back online retries at once instead of waiting for the backoff.
    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(plainText(storedArticle(draft.id).body)).toContain('Gõ khi mất mạng.'), { timeout: 1500 });
    await waitFor(() => expect(screen.queryByText('Mất kết nối')).not.toBeInTheDocument());
  });

  it('429: waits as long as the server asks before retrying', async () => {
    server.use(failOnce(429, { 'Retry-After': '3' }));
    const writes = watchWrites();
    const { user } = await openDraftAndType(' chậm lại');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(statusText()).toMatch(/^Chưa lưu — đang thử lại/));
    await new Promise((r) => setTimeout(r, 2200));
    expect(writes.patches).toHaveLength(1);
    await waitFor(() => expect(statusText()).toMatch(/^Đã lưu lúc/), { timeout: 3000 });
    expect(writes.patches).toHaveLength(2);
    writes.stop();
  });

  it('403: says so clearly and keeps the text', async () => {
    server.use(failOnce(403));
    const { editor, user } = await openDraftAndType(' Không được phép lưu.');
    await user.keyboard('{Control>}s{/Control}');
    expect(await screen.findByText('Bạn không có quyền lưu bài này')).toBeInTheDocument();
    expect(statusText()).toMatch(/^Chưa lưu — bạn không có quyền sửa bài này/);
    expect(bodyText(editor)).toContain('Không được phép lưu.');
  });

  it('401: the sign-in dialog appears and saving continues afterwards', async () => {
    const { draft, user } = await openDraftAndType(' Phiên hết hạn giữa chừng.');
    store.db.tokens = {};
    await user.keyboard('{Control>}s{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Phiên đăng nhập đã hết hạn' });
    await user.type(within(dialog).getByLabelText(/Mật khẩu/), 'demo');
    await user.click(within(dialog).getByRole('button', { name: 'Đăng nhập' }));
    await waitFor(() => expect(plainText(storedArticle(draft.id).body)).toContain('Phiên hết hạn giữa chừng.'));
    await waitFor(() => expect(statusText()).toMatch(/^Đã lưu lúc/));
  });

  it('422: the API’s field errors appear on their fields', async () => {
    server.use(
      http.patch(PATCH, () => HttpResponse.json({ error: { code: 'validation', message: 'bad', fields: { title: 'too_long', sapo: 'required' } } }, { status: 422 }), {
        once: true,
      }),
    );
    const { user } = await openDraftAndType(' x');
    await user.keyboard('{Control>}s{/Control}');
    expect(await screen.findByText('Tiêu đề dài quá 150 ký tự.')).toBeInTheDocument();
    expect(screen.getByText('Vui lòng nhập sapo.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Tiêu đề' })).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('the category list failing to load', () => {
  it('says so on the field, and opening the list again fetches it again', async () => {
    server.use(http.get('*/api/categories', () => HttpResponse.json({ error: { code: 'unavailable', message: 'down' } }, { status: 503 })));
    const { user } = await openDraftAndType(' Vẫn gõ được.');
    const field = await screen.findByRole('combobox', { name: /^Chuyên mục/ });
    expect(await screen.findByText('Không tải được danh sách chuyên mục. Mở lại danh sách để thử lại.', {}, { timeout: 10000 })).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');

    server.resetHandlers();
    await user.click(field);
    expect(await screen.findByRole('option', { name: 'Đô thị' }, { timeout: 10000 })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText(/Không tải được danh sách chuyên mục/)).not.toBeInTheDocument());
  });
});
