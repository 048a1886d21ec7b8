import { screen, waitFor } from '@testing-library/react';
import { store } from '@mocks/node';
import { apiAs } from '../review/helpers';
import { bodyEditor, renderEditor, SLOW } from './helpers';

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
});
