import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { WorkflowActions } from '@/components/workflow/workflow-actions';
import { vietnamParts } from '@/domain';
import { clock } from '@mocks/node';
import { renderWithProviders, server } from '../../render';
import { apiAs, offeredLabels, seeded, stored } from './helpers';

const pad = (n: number) => String(n).padStart(2, '0');
const wall = (ms: number) => {
  const p = vietnamParts(ms);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
};

const UNPUBLISH_TITLE = 'Gỡ bài đã xuất bản';
const UNPUBLISH_TEXT = /Giải thích lý do gỡ bài/;
const UNPUBLISH_CONFIRM = 'Gỡ bài';

describe('workflow dialogs and refusals', () => {
  it('requesting changes needs a reason code and a text, then returns the article with them', async () => {
    const article = seeded('in_review');
    const { user } = await renderWithProviders(<WorkflowActions article={article} />, { user: 'editor_in_chief' });
    await user.click(await screen.findByRole('button', { name: 'Yêu cầu sửa' }));
    const dialog = await screen.findByRole('dialog', { name: 'Yêu cầu phóng viên sửa bài' });
    await user.click(within(dialog).getByRole('button', { name: 'Trả bài' }));
    expect(within(dialog).getByText('Chọn ít nhất một lý do.')).toBeInTheDocument();
    expect(within(dialog).getByText('Hãy ghi rõ nội dung cần sửa hoặc lý do.')).toBeInTheDocument();
    expect(stored(article.id).status).toBe('in_review');

    await user.click(within(dialog).getByRole('checkbox', { name: 'Lỗi chính tả' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Thiếu nguồn' }));
    await user.click(within(dialog).getByRole('textbox', { name: /Cần sửa những gì/ }));
    await user.paste('Sửa tên cơ quan ở đoạn đầu.');
    await user.click(within(dialog).getByRole('button', { name: 'Trả bài' }));

    await waitFor(() => expect(stored(article.id).status).toBe('changes_requested'));
    expect(stored(article.id).lastReason).toMatchObject({ codes: ['spelling', 'missing_source'], text: 'Sửa tên cơ quan ở đoạn đầu.' });
  });

  it('unpublishing needs a reason code and a text, then takes the article down with them', async () => {
    const article = seeded('published');
    const { user } = await renderWithProviders(<WorkflowActions article={article} />, { user: 'editor_in_chief' });
    await user.click(await screen.findByRole('button', { name: 'Gỡ bài' }));
    const dialog = await screen.findByRole('dialog', { name: UNPUBLISH_TITLE });
    const confirm = within(dialog).getByRole('button', { name: UNPUBLISH_CONFIRM });
    await user.click(within(dialog).getByRole('checkbox', { name: 'Nội dung nhạy cảm' }));
    await user.click(confirm);
    expect(within(dialog).getByText('Hãy ghi rõ nội dung cần sửa hoặc lý do.')).toBeInTheDocument();
    expect(within(dialog).queryByText('Chọn ít nhất một lý do.')).not.toBeInTheDocument();
    expect(stored(article.id).status).toBe('published');

    await user.click(within(dialog).getByRole('checkbox', { name: 'Nội dung nhạy cảm' }));
    await user.click(within(dialog).getByRole('textbox', { name: UNPUBLISH_TEXT }));
    await user.paste('Ảnh nạn nhân chưa che mặt.');
    await user.click(confirm);
    expect(within(dialog).getByText('Chọn ít nhất một lý do.')).toBeInTheDocument();
    expect(stored(article.id).status).toBe('published');

    await user.click(within(dialog).getByRole('checkbox', { name: 'Nội dung nhạy cảm' }));
    await user.click(confirm);
    await waitFor(() => expect(stored(article.id).status).toBe('unpublished'));
    expect(stored(article.id).lastReason).toMatchObject({ codes: ['sensitive'], text: 'Ảnh nạn nhân chưa che mặt.' });
  });

  it('explains a reason refused by the server (codes without text)', async () => {
    const article = seeded('published');
    server.use(
      http.post('*/api/articles/:id/transitions', () =>
        HttpResponse.json({ error: { code: 'validation', message: 'x', fields: { note: 'reason_required' } } }, { status: 422 }),
      ),
    );
    const { user } = await renderWithProviders(<WorkflowActions article={article} />, { user: 'editor_in_chief' });
    await user.click(await screen.findByRole('button', { name: 'Gỡ bài' }));
    const dialog = await screen.findByRole('dialog', { name: UNPUBLISH_TITLE });
    await user.click(within(dialog).getByRole('checkbox', { name: 'Khác' }));
    await user.click(within(dialog).getByRole('textbox', { name: UNPUBLISH_TEXT }));
    await user.paste('Trùng bài.');
    await user.click(within(dialog).getByRole('button', { name: UNPUBLISH_CONFIRM }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Cần nêu lý do cho bước này.');
    expect(stored(article.id).status).toBe('published');
  });

  it('refuses a publication time in the past with a message, and sends nothing', async () => {
    const article = seeded('approved');
    const { user } = await renderWithProviders(<WorkflowActions article={article} />, { user: 'editor_in_chief' });
    await user.click(await screen.findByRole('button', { name: 'Hẹn giờ đăng' }));
    const dialog = await screen.findByRole('dialog', { name: 'Hẹn giờ xuất bản' });
    fireEvent.change(within(dialog).getByLabelText(/Ngày và giờ đăng/), { target: { value: wall(Date.now() - 3_600_000) } });
    await user.click(within(dialog).getByRole('button', { name: 'Hẹn giờ' }));
    expect(await within(dialog).findByText('Thời điểm đăng phải ở tương lai.')).toBeInTheDocument();
    expect(stored(article.id).status).toBe('approved');
  });

  it('explains when the server finds the time already past (its clock is ahead)', async () => {
    const article = seeded('approved');
    clock.set(new Date(Date.now() + 30 * 86_400_000));
    const { user } = await renderWithProviders(<WorkflowActions article={article} />, { user: 'editor_in_chief' });
    await user.click(await screen.findByRole('button', { name: 'Hẹn giờ đăng' }));
    const dialog = await screen.findByRole('dialog', { name: 'Hẹn giờ xuất bản' });
    fireEvent.change(within(dialog).getByLabelText(/Ngày và giờ đăng/), { target: { value: wall(Date.now() + 86_400_000) } });
    await user.click(within(dialog).getByRole('button', { name: 'Hẹn giờ' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Thời điểm đăng phải ở tương lai. Hãy chọn lại giờ đăng.');
    expect(stored(article.id).status).toBe('approved');
  });

  it('schedules at the Vietnam wall time picked', async () => {
    const article = seeded('approved');
    const { user } = await renderWithProviders(<WorkflowActions article={article} />, { user: 'editor_in_chief' });
    await user.click(await screen.findByRole('button', { name: 'Hẹn giờ đăng' }));
    const dialog = await screen.findByRole('dialog', { name: 'Hẹn giờ xuất bản' });
    fireEvent.change(within(dialog).getByLabelText(/Ngày và giờ đăng/), { target: { value: '2027-01-02T08:30' } });
    await user.click(within(dialog).getByRole('button', { name: 'Hẹn giờ' }));
    await waitFor(() => expect(stored(article.id).status).toBe('scheduled'));
    expect(stored(article.id).scheduledAt).toBe('2027-01-02T01:30:00.000Z');
  });

  it('explains a 409 when someone acted first, and offers what the new state allows', async () => {
    const article = seeded('in_review');
    const { user } = await renderWithProviders(<WorkflowActions article={article} />, { user: 'editor_in_chief' });
    await screen.findByRole('button', { name: 'Duyệt' });
    await apiAs('phongvien').articles.transition(article.id, 'withdraw', { version: article.version });
    await user.click(screen.getByRole('button', { name: 'Duyệt' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Bài viết hiện ở trạng thái “Nháp” nên không thể thực hiện bước này.');
    expect(stored(article.id).status).toBe('draft');
  });

  it('explains a 403 in words', async () => {
    const article = seeded('approved');
    server.use(
      http.post('*/api/articles/:id/transitions', () =>
        HttpResponse.json({ error: { code: 'forbidden', message: 'No.' } }, { status: 403 }),
      ),
    );
    const { user } = await renderWithProviders(<WorkflowActions article={article} />, { user: 'editor_in_chief' });
    await user.click(await screen.findByRole('button', { name: 'Xuất bản' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Vai trò của bạn không được phép thực hiện bước này với bài viết.');
    expect(offeredLabels()).toEqual(['Xuất bản', 'Hẹn giờ đăng']);
  });
});
