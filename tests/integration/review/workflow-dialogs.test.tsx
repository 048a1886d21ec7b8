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
