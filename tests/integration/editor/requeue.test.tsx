import { screen, waitFor, within } from '@testing-library/react';
import { readLocalCopy } from '@/features/editor/autosave/local-copy';
import { localKey } from '@/features/editor/autosave/save-engine';
import { seeded, stored } from '../review/helpers';
import { bodyEditor, bodyText, renderEditor, statusText, typeInBody, watchWrites, SLOW } from './helpers';

const CONFIRM = 'Lưu thay đổi và gửi duyệt lại?';
// The warning's chunk comes after the body's; a cold test worker transforms it on first use.
const LATE = { timeout: 30_000 };

describe('editing an approved or scheduled article as its reporter', () => {
  it('says so on opening, asks before the first save, keeps the text while she waits, then sends it back to review', async () => {
    const article = seeded('approved', 'u-phongvien');
    const { user } = await renderEditor(`/articles/${article.id}/edit`, 'phongvien');

    // Before anything is typed.
    const notice = await screen.findByRole('note', {}, LATE);
    expect(notice).toHaveTextContent('Bài đã được duyệt');
    expect(notice).toHaveTextContent('bài sẽ quay về trạng thái chờ duyệt');

    const writes = watchWrites();
    const editor = await bodyEditor();
    typeInBody(editor, ' Sửa một câu sau khi đã duyệt.');
    // The autosave's moment comes (2 s idle): it asks instead of writing.
    const dialog = await screen.findByRole('dialog', { name: CONFIRM }, SLOW);
    expect(writes.patches).toHaveLength(0);

    // Not now: nothing goes to the server, nothing typed is lost.
    await user.click(within(dialog).getByRole('button', { name: 'Chưa lưu lúc này' }));
    expect(screen.queryByRole('dialog', { name: CONFIRM })).not.toBeInTheDocument();
    expect(statusText()).toContain('Chưa lưu — đang giữ trên máy này');
    typeInBody(editor, ' Thêm câu nữa.');
    await new Promise((r) => setTimeout(r, 2600));
    expect(writes.patches).toHaveLength(0);
    expect(screen.queryByRole('dialog', { name: CONFIRM })).not.toBeInTheDocument();
    expect(bodyText(editor)).toContain('Sửa một câu sau khi đã duyệt. Thêm câu nữa.');
    expect(JSON.stringify((await readLocalCopy(localKey(article.id)))?.snapshot.body)).toContain('Thêm câu nữa.');
    expect(stored(article.id).status).toBe('approved');

    // Saving asks again; agreeing writes, and the editor shows where the article now stands.
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await user.click(within(await screen.findByRole('dialog', { name: CONFIRM })).getByRole('button', { name: 'Lưu và gửi duyệt lại' }));
    await waitFor(() => expect(stored(article.id).status).toBe('in_review'), SLOW);
    expect(JSON.stringify(stored(article.id).body)).toContain('Thêm câu nữa.');
    expect(writes.patches).toHaveLength(1);
    writes.stop();
    await waitFor(() => expect(screen.getByRole('group', { name: 'Trạng thái' })).toHaveTextContent('Chờ duyệt'));
    expect(screen.queryByRole('note')).not.toBeInTheDocument();

    // Back in review, later edits save on their own again.
    typeInBody(editor, ' Câu cuối.');
    await waitFor(() => expect(JSON.stringify(stored(article.id).body)).toContain('Câu cuối.'), SLOW);
    expect(screen.queryByRole('dialog', { name: CONFIRM })).not.toBeInTheDocument();
  });

  it('warns about a scheduled article too, and its schedule is dropped once she saves', async () => {
    const article = seeded('scheduled', 'u-phongvien');
    const { user } = await renderEditor(`/articles/${article.id}/edit`, 'phongvien');
    expect(await screen.findByRole('note', {}, LATE)).toHaveTextContent('Bài đã được hẹn giờ đăng');
    expect(await screen.findByRole('group', { name: 'Trạng thái' })).toHaveTextContent('Hẹn giờ');

    await user.type(screen.getByRole('textbox', { name: 'Tiêu đề' }), ' (cập nhật)');
    const dialog = await screen.findByRole('dialog', { name: CONFIRM }, SLOW);
    await user.click(within(dialog).getByRole('button', { name: 'Lưu và gửi duyệt lại' }));
    await waitFor(() => expect(stored(article.id)).toMatchObject({ status: 'in_review', scheduledAt: null }), SLOW);
    expect(stored(article.id).title).toContain('(cập nhật)');
    await waitFor(() => expect(screen.getByRole('group', { name: 'Trạng thái' })).toHaveTextContent('Chờ duyệt'));
  });
});
