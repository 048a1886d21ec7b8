import { screen, waitFor, within } from '@testing-library/react';
import { previewRule } from '@/domain/moderation';
import { store } from '@mocks/node';
import { listComments } from '@mocks/services/comments';
import { renderApp } from '../../render';

const recent = () => listComments(store.db, { page: 1, pageSize: 1000, sort: 'createdAt:desc' }).items;

describe('word rules and the audit log', { timeout: 45_000 }, () => {
  it('previews a rule on the last 1,000 comments while it is typed, then saves it', async () => {
    const sample = recent();
    const expected = previewRule({ id: 'preview', term: 'vay', severity: 'block' }, sample);
    expect(expected.count).toBeGreaterThan(0);
    const { user } = await renderApp({ route: '/comments?view=rules', user: 'moderator' });
    await user.click(await screen.findByRole('button', { name: 'Thêm quy tắc' }, { timeout: 20_000 }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm quy tắc' });
    await user.type(within(dialog).getByRole('textbox', { name: /Từ hoặc cụm từ/ }), 'vay');
    await user.click(within(dialog).getByRole('radio', { name: 'Chặn' }));
    const count = await within(dialog).findByTestId('rule-preview-count');
    await waitFor(() => expect(count).toHaveTextContent(`Quy tắc này gắn cờ ${expected.count} trong ${sample.length.toLocaleString('vi')} bình luận gần nhất.`));
    const marks = dialog.querySelectorAll('mark');
    expect(marks.length).toBeGreaterThan(0);
    expect(marks[0]!.textContent!.toLowerCase()).toContain('vay');

    await user.click(within(dialog).getByRole('button', { name: 'Lưu quy tắc' }));
    await waitFor(() => expect(store.db.rules.some((r) => r.term === 'vay' && r.severity === 'block')).toBe(true));
    expect(await screen.findByRole('cell', { name: 'vay' })).toBeInTheDocument();
  });

  it('deletes a rule after confirmation', async () => {
    const rule = store.db.rules[0]!;
    const { user } = await renderApp({ route: '/comments?view=rules', user: 'editor_in_chief' });
    await user.click(await screen.findByRole('button', { name: `Xoá quy tắc «${rule.term}»` }, { timeout: 20_000 }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Xoá quy tắc?' })).getByRole('button', { name: 'Xoá' }));
    await waitFor(() => expect(store.db.rules.some((r) => r.id === rule.id)).toBe(false));
  });

  it('lists moderation actions, filterable by action', async () => {
    const { user } = await renderApp({ route: '/comments?view=audit', user: 'moderator' });
    const table = await screen.findByRole('table', { name: 'Nhật ký kiểm duyệt' }, { timeout: 20_000 });
    const newest = [...store.db.audit].sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id, undefined, { numeric: true }))[0]!;
    const first = within(table).getAllByRole('row')[1]!;
    expect(first).toHaveTextContent(newest.byName === 'system' ? 'Hệ thống' : newest.byName);
    expect(screen.getByText(`${store.db.audit.length.toLocaleString('vi')} mục`)).toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: 'Hành động' }));
    await user.click(await screen.findByRole('option', { name: 'Đánh dấu spam' }));
    const spamCount = store.db.audit.filter((e) => e.action === 'spam').length;
    await waitFor(() => expect(screen.getByText(`${spamCount.toLocaleString('vi')} mục`)).toBeInTheDocument());
    for (const r of within(screen.getByRole('table')).getAllByRole('row').slice(1)) expect(r).toHaveTextContent('Đánh dấu spam');
  });

  it('filters the audit log by moderator, and by the system for what the server did by itself', async () => {
    const { user } = await renderApp({ route: '/comments?view=audit', user: 'moderator' });
    await screen.findByRole('table', { name: 'Nhật ký kiểm duyệt' }, { timeout: 20_000 });
    const count = (n: number) => `${n.toLocaleString('vi')} mục`;
    const rows = () => within(screen.getByRole('table', { name: 'Nhật ký kiểm duyệt' })).getAllByRole('row').slice(1);

    await user.click(screen.getByRole('combobox', { name: 'Người thực hiện' }));
    await user.click(await screen.findByRole('option', { name: 'Vũ Hoàng Long' }));
    const byLong = store.db.audit.filter((e) => e.by === 'u-kiemduyet2').length;
    expect(byLong).toBeGreaterThan(0);
    await waitFor(() => expect(screen.getByText(count(byLong))).toBeInTheDocument());
    for (const r of rows()) expect(within(r).getAllByRole('cell')[1]).toHaveTextContent('Vũ Hoàng Long');

    await user.click(screen.getByRole('combobox', { name: 'Người thực hiện' }));
    await user.click(await screen.findByRole('option', { name: 'Hệ thống (tự động)' }));
    const bySystem = store.db.audit.filter((e) => e.by === 'system').length;
    expect(bySystem).toBeGreaterThan(0);
    await waitFor(() => expect(screen.getByText(count(bySystem))).toBeInTheDocument());
    for (const r of rows()) {
      const cells = within(r).getAllByRole('cell');
      expect(cells[1]).toHaveTextContent('Hệ thống (tự động)');
      expect(cells[2]).toHaveTextContent('Từ chối');
      expect(cells[5]).toHaveTextContent('Khớp quy tắc chặn');
    }
  });
});
