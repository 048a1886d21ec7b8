import { act, screen, waitFor, within } from '@testing-library/react';
import { readLocalCopy } from '@/features/editor/autosave/local-copy';
import { localKey } from '@/features/editor/autosave/save-engine';
import { store } from '@mocks/node';
import { apiAs } from '../review/helpers';
import { bodyEditor, bodyText, renderEditor, storedArticle, typeInBody, watchWrites, SLOW } from './helpers';

/** The reporter's own draft, opened by someone else while she edits it. */
function draftOf(username: string) {
  const user = store.db.users.find((u) => u.username === username)!;
  const article = store.db.articles.find((a) => a.authorId === user.id && a.status === 'draft');
  if (!article) throw new Error('no draft in the seed');
  return article;
}

const lockAs = (username: string, articleId: string) => apiAs(username).articles.lock(articleId);

const holder = (id: string) => store.db.locks.find((l) => l.articleId === id)?.userId;

describe('the editor and the edit lock', () => {
  it('takes the lock when an article opens for editing', async () => {
    const article = draftOf('phongvien');
    await renderEditor(`/articles/${article.id}/edit`, 'phongvien');
    await bodyEditor();
    await waitFor(() => expect(holder(article.id)).toBe('u-phongvien'), SLOW);
  });

  it('opens read-only with who is editing while someone else holds it; the editor-in-chief can take over', async () => {
    const article = draftOf('phongvien');
    await lockAs('phongvien', article.id);
    const { user } = await renderEditor(`/articles/${article.id}/edit`, 'tongbientap');

    expect(await screen.findByText('Nguyễn Thị Mai đang sửa bài này', {}, SLOW)).toBeInTheDocument();
    const editor = await bodyEditor();
    await waitFor(() => expect(editor.isEditable).toBe(false));
    expect(screen.getByRole('textbox', { name: 'Tiêu đề' })).toHaveAttribute('readonly');

    await user.click(screen.getByRole('button', { name: 'Tiếp quản' }));
    await waitFor(() => expect(editor.isEditable).toBe(true), SLOW);
    expect(screen.getByRole('textbox', { name: 'Tiêu đề' })).not.toHaveAttribute('readonly');
    expect(screen.queryByText('Nguyễn Thị Mai đang sửa bài này')).not.toBeInTheDocument();
    expect(holder(article.id)).toBe('u-tongbientap');
  });

  it('when the editor-in-chief takes over: tells the reporter, stops writing, turns read-only, and offers her text back on reopening', async () => {
    const article = draftOf('phongvien');
    const first = await renderEditor(`/articles/${article.id}/edit`, 'phongvien');
    const editor = await bodyEditor();
    await waitFor(() => expect(holder(article.id)).toBe('u-phongvien'), SLOW);

    const writes = watchWrites();
    typeInBody(editor, ' Đoạn viết dở khi bị tiếp quản.');
    await apiAs('tongbientap').articles.lock(article.id, { force: true });
    // She comes back to the tab: the lock is asked about at once, not on the next heartbeat.
    act(() => void window.dispatchEvent(new Event('focus')));

    const notice = await screen.findByRole('alert', { name: /Lê Quang Minh đã tiếp quản bài viết/ }, SLOW);
    expect(within(notice).getByText(/Phần bạn chưa lưu vẫn được giữ trên máy này/)).toBeInTheDocument();
    await waitFor(() => expect(editor.isEditable).toBe(false));
    expect(screen.getByRole('textbox', { name: 'Tiêu đề' })).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: 'Lưu' })).not.toBeInTheDocument();
    // Her text stays on screen and on this device, and nothing of it is written over the new holder.
    expect(bodyText(editor)).toContain('Đoạn viết dở khi bị tiếp quản.');
    await waitFor(async () => expect(JSON.stringify((await readLocalCopy(localKey(article.id)))?.snapshot.body)).toContain('Đoạn viết dở khi bị tiếp quản.'));
    await new Promise((r) => setTimeout(r, 2600));
    expect(writes.patches).toHaveLength(0);
    expect(JSON.stringify(storedArticle(article.id).body)).not.toContain('Đoạn viết dở khi bị tiếp quản.');
    writes.stop();
    expect(holder(article.id)).toBe('u-tongbientap');

    first.unmount();
    await apiAs('tongbientap').articles.unlock(article.id);
    const { user } = await renderEditor(`/articles/${article.id}/edit`, 'phongvien');
    const dialog = await screen.findByRole('dialog', { name: 'Khôi phục bản nháp trên máy này?' }, SLOW);
    expect(within(dialog).getByTestId('diff-body').querySelector('ins')?.textContent).toContain('Đoạn viết dở khi bị tiếp quản.');
    await user.click(within(dialog).getByRole('button', { name: 'Khôi phục bản nháp' }));
    expect(bodyText(await bodyEditor())).toContain('Đoạn viết dở khi bị tiếp quản.');
    await waitFor(() => expect(JSON.stringify(storedArticle(article.id).body)).toContain('Đoạn viết dở khi bị tiếp quản.'), SLOW);
  });

  it('a takeover learnt from a refused save (before the next heartbeat): the notice shows, the text stays on this device', async () => {
    const article = draftOf('phongvien');
    await renderEditor(`/articles/${article.id}/edit`, 'phongvien');
    const editor = await bodyEditor();
    await waitFor(() => expect(holder(article.id)).toBe('u-phongvien'), SLOW);

    await apiAs('tongbientap').articles.lock(article.id, { force: true });
    // No focus event and no heartbeat yet: the autosave is the first to meet the new holder.
    typeInBody(editor, ' Câu gõ sau khi bị tiếp quản.');
    const notice = await screen.findByRole('alert', { name: /Lê Quang Minh đã tiếp quản bài viết/ }, SLOW);
    expect(within(notice).getByText(/Phần bạn chưa lưu vẫn được giữ trên máy này/)).toBeInTheDocument();
    await waitFor(() => expect(editor.isEditable).toBe(false));
    expect(bodyText(editor)).toContain('Câu gõ sau khi bị tiếp quản.');
    await waitFor(async () => expect(JSON.stringify((await readLocalCopy(localKey(article.id)))?.snapshot.body)).toContain('Câu gõ sau khi bị tiếp quản.'));
    expect(JSON.stringify(storedArticle(article.id).body)).not.toContain('Câu gõ sau khi bị tiếp quản.');
  });

  it('offers a kept copy only once the article is free to edit again', async () => {
    const article = draftOf('phongvien');
    const first = await renderEditor(`/articles/${article.id}/edit`, 'phongvien');
    const editor = await bodyEditor();
    await waitFor(() => expect(holder(article.id)).toBe('u-phongvien'), SLOW);
    typeInBody(editor, ' Chữ còn giữ trên máy.');
    await apiAs('tongbientap').articles.lock(article.id, { force: true });
    act(() => void window.dispatchEvent(new Event('focus')));
    await screen.findByRole('alert', { name: /đã tiếp quản bài viết/ }, SLOW);
    first.unmount();

    // The editor-in-chief still holds it: read-only, and no restore that could not be saved.
    await renderEditor(`/articles/${article.id}/edit`, 'phongvien');
    expect(await screen.findByText('Lê Quang Minh đang sửa bài này', {}, SLOW)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('form', { name: 'Nội dung' })).toHaveAttribute('data-local-copy', 'offered'));
    expect(screen.queryByRole('dialog', { name: 'Khôi phục bản nháp trên máy này?' })).not.toBeInTheDocument();
  });
});
