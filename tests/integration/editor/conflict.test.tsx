import { screen, waitFor, within } from '@testing-library/react';
import { plainText } from '@/components/rich-text/text-stats';
import { bodyEditor, bodyText, ownDraft, renderEditor, storedArticle, typeInBody, userId, watchWrites } from './helpers';

/** Someone else saves the article in another tab while this one is open. */
function editedElsewhere(id: string) {
  const a = storedArticle(id);
  a.title = 'Tiêu đề do người khác sửa';
  a.version += 1;
  return a.version;
}

async function conflictDialog(text: string) {
  const draft = ownDraft(userId('phongvien'));
  const r = await renderEditor(`/articles/${draft.id}/edit`);
  const editor = await bodyEditor();
  const theirVersion = editedElsewhere(draft.id);
  typeInBody(editor, text);
  await r.user.keyboard('{Control>}s{/Control}');
  const dialog = await screen.findByRole('dialog', { name: 'Bài vừa được người khác sửa' });
  return { ...r, draft, editor, dialog, theirVersion };
}

describe('a save based on an old version (412)', () => {
  it('shows both versions side by side and overwrites nothing until asked', async () => {
    const { dialog, draft, editor } = await conflictDialog(' Đoạn của tôi.');
    expect(within(dialog).getByText('Bản của bạn')).toBeInTheDocument();
    expect(within(dialog).getByText('Bản trên máy chủ')).toBeInTheDocument();
    expect(within(dialog).getByText('Tiêu đề do người khác sửa')).toBeInTheDocument();
    expect(within(dialog).getAllByText(/Đoạn của tôi\./).length).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 2500));
    expect(plainText(storedArticle(draft.id).body)).not.toContain('Đoạn của tôi.');
    expect(bodyText(editor)).toContain('Đoạn của tôi.');
  });

  it('keep mine: saves my version on top of the server’s, knowingly', async () => {
    const writes = watchWrites();
    const { dialog, draft, user, theirVersion } = await conflictDialog(' Giữ bản này.');
    await user.click(within(dialog).getByRole('button', { name: 'Giữ bản của tôi (ghi đè bản trên máy chủ)' }));
    await waitFor(() => expect(plainText(storedArticle(draft.id).body)).toContain('Giữ bản này.'));
    expect(writes.patches.at(-1)?.ifMatch).toBe(String(theirVersion));
    // My title was the original one: keeping mine restores it too.
    expect(storedArticle(draft.id).title).not.toBe('Tiêu đề do người khác sửa');
    expect(screen.queryByRole('dialog', { name: 'Bài vừa được người khác sửa' })).not.toBeInTheDocument();
    writes.stop();
  });

  it('take theirs: the form shows the server’s version and nothing is saved', async () => {
    const writes = watchWrites();
    const { dialog, draft, user, editor } = await conflictDialog(' Bỏ đoạn này.');
    const before = writes.patches.length;
    await user.click(within(dialog).getByRole('button', { name: 'Dùng bản trên máy chủ' }));
    expect(screen.getByRole('textbox', { name: 'Tiêu đề' })).toHaveValue('Tiêu đề do người khác sửa');
    expect(bodyText(editor)).not.toContain('Bỏ đoạn này.');
    await new Promise((r) => setTimeout(r, 2500));
    expect(writes.patches.length).toBe(before);
    expect(storedArticle(draft.id).title).toBe('Tiêu đề do người khác sửa');
    writes.stop();
  });

  it('copy mine: puts my text on the clipboard and keeps the choice open', async () => {
    const { dialog, user } = await conflictDialog(' Sao chép đoạn này.');
    await user.click(within(dialog).getByRole('button', { name: 'Sao chép bản của tôi' }));
    await waitFor(async () => expect(await navigator.clipboard.readText()).toContain('Sao chép đoạn này.'));
    expect(screen.getByRole('dialog', { name: 'Bài vừa được người khác sửa' })).toBeInTheDocument();
  });
});
