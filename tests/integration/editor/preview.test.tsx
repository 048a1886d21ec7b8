import { screen, within } from '@testing-library/react';
import { formatDateLine } from '@/domain';
import { store } from '@mocks/node';
import { ownDraft, renderEditor, SLOW, userId } from './helpers';

describe('preview', () => {
  it('shows the article as the portal publishes it, at desktop and phone widths', async () => {
    const published = store.db.articles.find((a) => a.status === 'published' && a.featuredImage && a.relatedIds.length > 0)!;
    const related = store.db.articles.find((a) => a.id === published.relatedIds[0])!;
    const { user } = await renderEditor(`/articles/${published.id}/preview`, 'tongbientap');
    const frame = await screen.findByTestId('preview-frame', {}, SLOW);
    const article = within(frame).getByRole('article');
    expect(within(article).getByText(formatDateLine(published.publishedAt!))).toBeInTheDocument();
    expect(within(article).getByRole('heading', { level: 1, name: published.title })).toBeInTheDocument();
    expect(within(article).getByRole('img', { name: published.featuredImage!.alt })).toBeInTheDocument();
    expect(within(article).getByText(published.featuredImage!.caption)).toBeInTheDocument();
    expect(within(article).getByText(published.sapo)).toBeInTheDocument();
    expect(within(article).getByText(published.byline)).toBeInTheDocument();
    const tinKhac = await within(article).findByRole('region', { name: 'Tin khác' });
    expect(await within(tinKhac).findByRole('link', { name: related.title })).toHaveAttribute('href', `/articles/${related.id}/preview`);
    expect(article.querySelector('.article-body p')?.textContent).toMatch(/^\(Thanhuytphcm\.vn\) - /);
    expect(frame).toHaveAttribute('data-width', 'desktop');
    await user.click(screen.getByRole('radio', { name: 'Điện thoại' }));
    expect(frame).toHaveAttribute('data-width', 'phone');
  });

  it('previews unsaved changes from inside the editor', async () => {
    const draft = ownDraft(userId('phongvien'));
    const { user } = await renderEditor(`/articles/${draft.id}/edit`);
    const title = await screen.findByRole('textbox', { name: 'Tiêu đề' }, SLOW);
    await user.clear(title);
    await user.type(title, 'Tiêu đề chưa lưu');
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));
    const frame = await screen.findByTestId('preview-frame');
    expect(within(frame).getByRole('heading', { level: 1, name: 'Tiêu đề chưa lưu' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Quay lại soạn' }));
    expect(screen.queryByTestId('preview-frame')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Tiêu đề' })).toHaveValue('Tiêu đề chưa lưu');
  });
});
