import { screen, waitFor, within } from '@testing-library/react';
import { indexedDbCopies, readLocalCopy } from '@/features/editor/autosave/local-copy';
import { localKey } from '@/features/editor/autosave/save-engine';
import { snapshotOf } from '@/features/editor/autosave/snapshot';
import { bodyEditor, bodyText, ownDraft, renderEditor, storedArticle, typeInBody, userId, SLOW } from './helpers';

describe('the local copy', () => {
  it('is written within a second of a change, and dropped once the server has the same text', async () => {
    const draft = ownDraft(userId('phongvien'));
    await renderEditor(`/articles/${draft.id}/edit`);
    const editor = await bodyEditor();
    typeInBody(editor, ' Chữ chưa kịp lưu.');
    await new Promise((r) => setTimeout(r, 1000));
    expect(JSON.stringify((await readLocalCopy(localKey(draft.id)))?.snapshot.body)).toContain('Chữ chưa kịp lưu.');
    await waitFor(async () => expect(await readLocalCopy(localKey(draft.id))).toBeNull(), { timeout: 4000 });
  });

  it('is offered back after a crash, showing what differs, and restored on request', async () => {
    const draft = ownDraft(userId('phongvien'));
    const first = await renderEditor(`/articles/${draft.id}/edit`);
    typeInBody(await bodyEditor(), ' Câu viết trước khi tab bị đóng.');
    await new Promise((r) => setTimeout(r, 900));
    // The tab closes before the autosave: only the local copy has the sentence.
    first.unmount();
    expect(storedArticle(draft.id).body).toEqual(draft.body);

    const { user } = await renderEditor(`/articles/${draft.id}/edit`);
    const dialog = await screen.findByRole('dialog', { name: 'Khôi phục bản nháp trên máy này?' }, SLOW);
    // The form says an offer is up (what the tab-close suite waits for instead of a fixed pause).
    expect(screen.getByRole('form', { name: 'Nội dung' })).toHaveAttribute('data-local-copy', 'offered');
    expect(within(dialog).getByTestId('diff-body').querySelector('ins')?.textContent).toContain('Câu viết trước khi tab bị đóng.');
    await user.click(within(dialog).getByRole('button', { name: 'Khôi phục bản nháp' }));
    const editor = await bodyEditor();
    expect(bodyText(editor)).toContain('Câu viết trước khi tab bị đóng.');
    await waitFor(() => expect(JSON.stringify(storedArticle(draft.id).body)).toContain('Câu viết trước khi tab bị đóng.'), { timeout: 4000 });
  });

  it('can be discarded in favour of the server’s copy', async () => {
    const draft = ownDraft(userId('phongvien'));
    await indexedDbCopies.write(localKey(draft.id), {
      articleId: draft.id,
      baseVersion: draft.version,
      snapshot: { ...snapshotOf(draft), title: 'Tiêu đề trong bản nháp cũ' },
    });
    const { user } = await renderEditor(`/articles/${draft.id}/edit`);
    const dialog = await screen.findByRole('dialog', { name: 'Khôi phục bản nháp trên máy này?' }, SLOW);
    expect(within(dialog).getByTestId('diff-title')).toHaveTextContent('Tiêu đề trong bản nháp cũ');
    await user.click(within(dialog).getByRole('button', { name: 'Bỏ bản nháp, dùng bản trên máy chủ' }));
    expect(screen.getByRole('textbox', { name: 'Tiêu đề' })).toHaveValue(draft.title);
    await waitFor(async () => expect(await readLocalCopy(localKey(draft.id))).toBeNull());
  });

  it('is not offered when it matches the server', async () => {
    const draft = ownDraft(userId('phongvien'));
    await indexedDbCopies.write(localKey(draft.id), { articleId: draft.id, baseVersion: draft.version, snapshot: snapshotOf(draft) });
    await renderEditor(`/articles/${draft.id}/edit`);
    await bodyEditor();
    await waitFor(async () => expect(await readLocalCopy(localKey(draft.id))).toBeNull());
    await waitFor(() => expect(screen.getByRole('form', { name: 'Nội dung' })).toHaveAttribute('data-local-copy', 'none'));
    expect(screen.queryByRole('dialog', { name: 'Khôi phục bản nháp trên máy này?' })).not.toBeInTheDocument();
  });
});
