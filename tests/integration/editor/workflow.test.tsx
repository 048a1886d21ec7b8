import { screen, waitFor, within } from '@testing-library/react';
import { store } from '@mocks/node';
import { apiAs, offeredLabels, seeded, stored } from '../review/helpers';
import { bodyEditor, renderEditor, typeInBody, watchWrites, SLOW } from './helpers';

/** The status badge in the editor's workflow bar. */
// The workflow bar's chunk comes after the body's; a cold test worker transforms it on first use.
const LATE = { timeout: 30_000 };
const editorStatus = () => screen.findByRole('group', { name: 'Trạng thái' }, LATE);

describe('the review workflow on the editor page', () => {
  it('lets the reporter withdraw her article from review, saving what she typed first', async () => {
    const article = seeded('in_review', 'u-phongvien');
    const { user } = await renderEditor(`/articles/${article.id}/edit`, 'phongvien');
    expect(await editorStatus()).toHaveTextContent('Chờ duyệt');
    expect(offeredLabels()).toEqual(['Rút về nháp']);
    // The editor's own "submit" is not offered from review.
    expect(screen.queryByRole('button', { name: 'Gửi duyệt' })).not.toBeInTheDocument();

    const writes = watchWrites();
    typeInBody(await bodyEditor(), ' Câu thêm trước khi rút bài.');
    await user.click(screen.getByRole('button', { name: 'Rút về nháp' }));

    await waitFor(() => expect(stored(article.id).status).toBe('draft'), SLOW);
    expect(JSON.stringify(stored(article.id).body)).toContain('Câu thêm trước khi rút bài.');
    // Saved first, then withdrawn: the text is not left behind in the local copy only.
    expect(writes.patches.length).toBeGreaterThanOrEqual(1);
    writes.stop();
    await waitFor(async () => expect(await editorStatus()).toHaveTextContent('Nháp'));
    expect(await screen.findByRole('button', { name: 'Gửi duyệt' })).toBeInTheDocument();
    expect(offeredLabels()).toEqual([]);

    // The next autosave goes on from the version the transition made: no conflict.
    typeInBody(await bodyEditor(), ' Sửa tiếp sau khi rút.');
    await waitFor(() => expect(JSON.stringify(stored(article.id).body)).toContain('Sửa tiếp sau khi rút.'), SLOW);
    expect(screen.queryByRole('dialog', { name: 'Bài vừa được người khác sửa' })).not.toBeInTheDocument();
  });

  it('lets the editor-in-chief publish from the article page, and shows the new status', async () => {
    const article = seeded('approved', 'u-phongvien');
    const { user } = await renderEditor(`/articles/${article.id}/edit`, 'tongbientap');
    expect(await editorStatus()).toHaveTextContent('Đã duyệt');
    await waitFor(() => expect(offeredLabels()).toEqual(['Xuất bản', 'Hẹn giờ đăng']));
    // The editor-in-chief's edits do not send an approved article back: no warning for them.
    expect(screen.queryByRole('note')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Xuất bản' }));
    await waitFor(() => expect(stored(article.id).status).toBe('published'), SLOW);
    await waitFor(async () => expect(await editorStatus()).toHaveTextContent('Đã xuất bản'));
    expect(offeredLabels()).toEqual(['Gỡ bài']);
  });

  it('shows the reporter why her article came back, with the reasons in words', async () => {
    const article = seeded('in_review', 'u-phongvien');
    await apiAs('tongbientap').articles.transition(article.id, 'request_changes', {
      version: stored(article.id).version,
      reasonCodes: ['missing_source', 'photo'],
      note: 'Bổ sung nguồn cho số liệu ở đoạn hai, thay ảnh đầu bài.',
    });
    await renderEditor(`/articles/${article.id}/edit`, 'phongvien');

    const codes = await screen.findByRole('group', { name: 'Lý do' }, LATE);
    expect(within(codes).getByText('Thiếu nguồn')).toBeInTheDocument();
    expect(within(codes).getByText('Ảnh không đạt')).toBeInTheDocument();
    expect(screen.queryByText('missing_source')).not.toBeInTheDocument();
    expect(screen.getByText('Bổ sung nguồn cho số liệu ở đoạn hai, thay ảnh đầu bài.')).toBeInTheDocument();
    expect(screen.getByText('Bài cần sửa theo yêu cầu của Tổng biên tập')).toBeInTheDocument();
    expect(await editorStatus()).toHaveTextContent('Cần sửa');
    // Sent back to her, she may submit it again (from the editor, which saves first).
    expect(screen.getByRole('button', { name: 'Gửi duyệt' })).toBeInTheDocument();
  });

  it('shows an unpublished article’s reason to the editor-in-chief, who may reopen it', async () => {
    const article = seeded('published', 'u-phongvien');
    await apiAs('tongbientap').articles.transition(article.id, 'unpublish', {
      version: stored(article.id).version,
      reasonCodes: ['sensitive'],
      note: 'Gỡ tạm chờ xác minh.',
    });
    const { user } = await renderEditor(`/articles/${article.id}/edit`, 'tongbientap');
    expect(await screen.findByText('Bài đã bị gỡ khỏi trang', {}, LATE)).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Lý do' })).getByText('Nội dung nhạy cảm')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Mở lại thành nháp' }));
    await waitFor(() => expect(stored(article.id).status).toBe('draft'), SLOW);
    await waitFor(async () => expect(await editorStatus()).toHaveTextContent('Nháp'));
    expect(screen.queryByText('Bài đã bị gỡ khỏi trang')).not.toBeInTheDocument();
  });

  it('opens history, revisions and the notes thread from the editor; the reporter reads and answers', async () => {
    const article = seeded('in_review', 'u-phongvien');
    await apiAs('tongbientap').articles.addNote(article.id, 'Em kiểm tra lại tên cơ quan ở đoạn cuối nhé.');
    const before = store.db.notes.filter((n) => n.articleId === article.id).length;
    const { user } = await renderEditor(`/articles/${article.id}/edit`, 'phongvien');

    const open = await screen.findByRole('button', { name: /Lịch sử và ghi chú/ }, LATE);
    expect(await within(open).findByLabelText(/ghi chú chưa đọc/)).toBeInTheDocument();
    await user.click(open);

    const drawer = await screen.findByRole('dialog', { name: 'Lịch sử, phiên bản và ghi chú biên tập' });
    // Unread notes are what the badge invited her to: the drawer opens on them.
    const thread = await within(drawer).findByRole('list', { name: 'Ghi chú biên tập' });
    expect(within(thread).getByText('Em kiểm tra lại tên cơ quan ở đoạn cuối nhé.')).toBeInTheDocument();
    await user.type(within(drawer).getByRole('textbox', { name: 'Ghi chú mới' }), 'Dạ, em đã sửa tên cơ quan.');
    await user.click(within(drawer).getByRole('button', { name: 'Gửi ghi chú' }));
    await waitFor(() => expect(store.db.notes.filter((n) => n.articleId === article.id)).toHaveLength(before + 1));
    expect(store.db.notes.at(-1)).toMatchObject({ by: 'u-phongvien', body: 'Dạ, em đã sửa tên cơ quan.' });
    await waitFor(() => expect(within(open).queryByLabelText(/ghi chú chưa đọc/)).not.toBeInTheDocument());

    await user.click(within(drawer).getByRole('tab', { name: 'Lịch sử' }));
    expect(await within(drawer).findAllByText(/Chờ duyệt/)).not.toHaveLength(0);
    await user.click(within(drawer).getByRole('tab', { name: 'Phiên bản' }));
    await waitFor(() => expect(within(drawer).queryByRole('progressbar')).not.toBeInTheDocument(), SLOW);
  });
});
