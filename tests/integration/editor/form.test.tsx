import { screen, waitFor, within } from '@testing-library/react';
import { store } from '@mocks/node';
import { ownDraft, renderEditor, SLOW, storedArticle, userId } from './helpers';

describe('the article form', () => {
  it('shows the submit-level errors on their fields, in Vietnamese', async () => {
    const { user } = await renderEditor('/articles/new');
    await screen.findByRole('textbox', { name: 'Tiêu đề' }, SLOW);
    await user.click(screen.getByRole('button', { name: 'Gửi duyệt' }));
    expect(await screen.findByText('Vui lòng nhập tiêu đề.')).toBeInTheDocument();
    expect(screen.getByText('Vui lòng nhập sapo.')).toBeInTheDocument();
    expect(screen.getByText('Vui lòng chọn chuyên mục.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Tiêu đề' })).toHaveAttribute('aria-invalid', 'true');
    // Fixing a field clears its message as you type.
    await user.type(screen.getByRole('textbox', { name: 'Tiêu đề' }), 'Có tiêu đề rồi');
    await waitFor(() => expect(screen.queryByText('Vui lòng nhập tiêu đề.')).not.toBeInTheDocument());
  });

  it('counts the title live and flags it past the limit', async () => {
    const { user } = await renderEditor('/articles/new');
    const title = await screen.findByRole('textbox', { name: 'Tiêu đề' }, SLOW);
    await user.type(title, 'Quận 8');
    expect(screen.getByText('6/150')).toBeInTheDocument();
    await user.clear(title);
    await user.click(title);
    await user.paste('x'.repeat(151));
    expect(screen.getByText('151/150')).toBeInTheDocument();
    // A draft cannot hold it: the autosave says so on the field and keeps saving the rest.
    expect(await screen.findByText('Tiêu đề dài quá 150 ký tự.', {}, SLOW)).toBeInTheDocument();
  });

  it('submits a complete draft for review', async () => {
    const draft = ownDraft(userId('phongvien'));
    Object.assign(draft, { sapo: 'Sapo đầy đủ.', categoryId: 'cat-chinh-tri', featuredImage: null });
    const { user } = await renderEditor(`/articles/${draft.id}/edit`);
    await screen.findByRole('textbox', { name: 'Tiêu đề' }, SLOW);
    await user.click(screen.getByRole('button', { name: 'Gửi duyệt' }));
    expect(await screen.findByText('Đã gửi bài cho Tổng biên tập duyệt.', {}, SLOW)).toBeInTheDocument();
    expect(storedArticle(draft.id).status).toBe('in_review');
  });

  it('generates the slug from the title until edited by hand, and checks it is free', async () => {
    const taken = store.db.articles.find((a) => a.slug)!;
    const { user } = await renderEditor('/articles/new');
    const title = await screen.findByRole('textbox', { name: 'Tiêu đề' }, SLOW);
    // The side panel renders a frame after the body.
    const slug = await screen.findByRole('textbox', { name: 'Đường dẫn (slug)' });
    await user.type(title, 'Quận 8: Tập trung tham mưu');
    expect(slug).toHaveValue('quan-8-tap-trung-tham-muu');
    await user.clear(slug);
    await user.type(slug, taken.slug);
    expect(await screen.findByText('Đường dẫn này đã được bài khác dùng.', {}, SLOW)).toBeInTheDocument();
    await user.type(title, ' thêm');
    expect(slug).toHaveValue(taken.slug);
  });

  it('freezes the slug of a published article', async () => {
    const published = store.db.articles.find((a) => a.status === 'published')!;
    await renderEditor(`/articles/${published.id}/edit`, 'tongbientap');
    const slug = await screen.findByRole('textbox', { name: 'Đường dẫn (slug)' }, SLOW);
    expect(slug).toHaveAttribute('readonly');
    expect(screen.getByText('Bài đã xuất bản: đường dẫn được giữ nguyên để không làm hỏng liên kết.')).toBeInTheDocument();
  });

  it('uploads a featured image with progress and requires its caption and alt text', async () => {
    const { user } = await renderEditor('/articles/new');
    await screen.findByRole('textbox', { name: 'Tiêu đề' }, SLOW);
    const file = new File([new Uint8Array([137, 80, 78, 71])], 'anh.png', { type: 'image/png' });
    const section = await screen.findByRole('region', { name: 'Ảnh đại diện' });
    const input = section.querySelector<HTMLInputElement>('input[type="file"][accept^="image"]')!;
    await user.upload(input, file);
    expect(await screen.findByRole('img', { name: 'Ảnh đại diện đã chọn' }, SLOW)).toHaveAttribute('src', expect.stringMatching(/media/));
    await user.click(screen.getByRole('button', { name: 'Gửi duyệt' }));
    expect(await screen.findByText('Vui lòng nhập chú thích ảnh.')).toBeInTheDocument();
    expect(screen.getByText('Vui lòng nhập mô tả ảnh cho người khiếm thị.')).toBeInTheDocument();
  });

  it('finds related articles without tone marks and orders them', async () => {
    const draft = ownDraft(userId('phongvien'));
    const unique = (t: string) => store.db.articles.filter((a) => a.title === t).length === 1;
    const others = store.db.articles.filter((a) => a.id !== draft.id && a.title && unique(a.title));
    const { user } = await renderEditor(`/articles/${draft.id}/edit`);
    const search = await screen.findByLabelText('Tìm bài theo tiêu đề', { selector: 'input' }, SLOW);
    const folded = others[0].title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
    await user.type(search, folded.split(' ').slice(0, 4).join(' '));
    await user.click(await screen.findByRole('option', { name: others[0].title }, SLOW));
    const list = screen.getByRole('list', { name: 'Các tin khác đã chọn' });
    expect(within(list).getByText(`1. ${others[0].title}`)).toBeInTheDocument();
    await waitFor(() => expect(storedArticle(draft.id).relatedIds).toEqual([others[0].id]), SLOW);
    await user.type(search, others[1].title.split(' ').slice(0, 4).join(' '));
    await user.click(await screen.findByRole('option', { name: others[1].title }, SLOW));
    await user.click(within(list).getByRole('button', { name: `Đưa “${others[1].title}” lên` }));
    expect(within(list).getByText(`1. ${others[1].title}`)).toBeInTheDocument();
    await waitFor(() => expect(storedArticle(draft.id).relatedIds).toEqual([others[1].id, others[0].id]), SLOW);
  });
});
