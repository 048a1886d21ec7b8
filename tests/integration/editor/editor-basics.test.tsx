import { screen, waitFor } from '@testing-library/react';
import { bodyEditor, ownDraft, renderEditor, typeInBody, userId, SLOW } from './helpers';

describe('editor page', () => {
  it('loads a draft into the form and the editor', async () => {
    const draft = ownDraft(userId('phongvien'));
    await renderEditor(`/articles/${draft.id}/edit`);
    expect(await screen.findByRole('textbox', { name: 'Tiêu đề' }, SLOW)).toHaveValue(draft.title);
    const editor = await bodyEditor();
    typeInBody(editor, ' thêm');
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveTextContent(/Có thay đổi chưa lưu|Đang lưu|Đã lưu/));
  });
});
