import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { Button } from '@mantine/core';
import { NotesThread } from '@/components/workflow/notes-thread';
import { NotesUnreadBadge } from '@/components/workflow/notes-unread-badge';
import { store } from '@mocks/node';
import { renderWithProviders } from '../../render';
import { apiAs, seeded } from './helpers';

/** A badge next to a button that opens the thread, as the article page lays it out. */
function NotesTab({ id }: { id: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Mở ghi chú</Button>
      <NotesUnreadBadge articleId={id} />
      {open && <NotesThread articleId={id} />}
    </>
  );
}

describe('editorial notes', () => {
  it('shows an unread badge for notes by others until the thread is read, and stays read after a reload', async () => {
    const article = seeded('changes_requested');
    const before = store.db.notes.filter((n) => n.articleId === article.id).length;
    await apiAs('tongbientap').articles.addNote(article.id, 'Em bổ sung nguồn số liệu nhé.');
    await apiAs('tongbientap').articles.addNote(article.id, '<b>Lưu ý</b> tên cơ quan.');

    const first = await renderWithProviders(<NotesTab id={article.id} />, { user: 'phongvien' });
    expect(await screen.findByLabelText(`${before + 2} ghi chú chưa đọc`)).toHaveTextContent(String(before + 2));

    await first.user.click(screen.getByRole('button', { name: 'Mở ghi chú' }));
    const thread = await screen.findByRole('list', { name: 'Ghi chú biên tập' });
    expect(within(thread).getByText('Em bổ sung nguồn số liệu nhé.')).toBeInTheDocument();
    // Markup in a note is text, never HTML.
    expect(within(thread).getByText('<b>Lưu ý</b> tên cơ quan.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByLabelText(/ghi chú chưa đọc/)).not.toBeInTheDocument());

    first.unmount();
    await renderWithProviders(<NotesTab id={article.id} />, { user: 'phongvien' });
    await screen.findByRole('button', { name: 'Mở ghi chú' });
    await new Promise((r) => setTimeout(r, 300));
    expect(screen.queryByLabelText(/ghi chú chưa đọc/)).not.toBeInTheDocument();
  });

  it("sends a note that the other side then sees as unread; and a person's own notes never count", async () => {
    const article = seeded('in_review');
    const { user, unmount } = await renderWithProviders(<NotesThread articleId={article.id} />, { user: 'phongvien' });
    await user.click(await screen.findByRole('textbox', { name: 'Ghi chú mới' }));
    await user.paste('Em đã sửa xong đoạn hai.');
    await user.click(screen.getByRole('button', { name: 'Gửi ghi chú' }));
    expect(await screen.findByText('Em đã sửa xong đoạn hai.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Ghi chú mới' })).toHaveValue('');
    expect(store.db.notes.at(-1)).toMatchObject({ articleId: article.id, by: 'u-phongvien', body: 'Em đã sửa xong đoạn hai.' });
    unmount();

    await renderWithProviders(<NotesUnreadBadge articleId={article.id} />, { user: 'editor_in_chief' });
    const others = store.db.notes.filter((n) => n.articleId === article.id && n.by !== 'u-tongbientap').length;
    expect(await screen.findByLabelText(`${others} ghi chú chưa đọc`)).toBeInTheDocument();
  });
});
