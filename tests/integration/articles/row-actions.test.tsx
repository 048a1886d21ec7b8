import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { ArticleStatus } from '@/domain';
import { store } from '@mocks/node';
import { apiAs } from '../review/helpers';
import { renderApp } from '../../render';
import { warmUp } from './helpers';

vi.setConfig({ testTimeout: 60_000 });
beforeAll(warmUp, 60_000);

/** A seeded article in `status` (by `authorId` when given), renamed so its row is easy to find. */
function pickArticle(status: ArticleStatus, authorId?: string) {
  const found = store.db.articles.find((a) => a.status === status && (!authorId || a.authorId === authorId));
  if (!found) throw new Error(`No seeded ${status} article`);
  found.title = `Bài thử ${status} ${found.id}`;
  return found;
}

const actionsButton = (title: string) => screen.findByRole('button', { name: `Thao tác với “${title}”` }, { timeout: 15000 });

/** Opens a row's menu and reads what it offers, then closes it again. */
async function offered(user: UserEvent, title: string): Promise<string[]> {
  await user.click(await actionsButton(title));
  const menu = await screen.findByRole('menu');
  const items = within(menu).getAllByRole('menuitem').map((i) => i.textContent ?? '');
  await user.keyboard('{Escape}');
  await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
  return items;
}

describe('workflow actions in the lists', () => {
  it('offers the editor-in-chief exactly the steps each row allows, and nothing on others’ drafts', async () => {
    const inReview = pickArticle('in_review');
    const approved = pickArticle('approved');
    const scheduled = pickArticle('scheduled');
    const published = pickArticle('published');
    const draft = pickArticle('draft', 'u-phongvien');
    const { user } = await renderApp({ route: '/articles?status=draft,in_review,approved,scheduled,published&pageSize=100', user: 'editor_in_chief' });

    expect(await offered(user, inReview.title)).toEqual(['Yêu cầu sửa', 'Duyệt']);
    expect(await offered(user, approved.title)).toEqual(['Xuất bản', 'Hẹn giờ đăng']);
    expect(await offered(user, scheduled.title)).toEqual(['Hủy hẹn giờ']);
    expect(await offered(user, published.title)).toEqual(['Gỡ bài']);
    expect(screen.queryByRole('button', { name: `Thao tác với “${draft.title}”` })).not.toBeInTheDocument();
  });

  it('offers a reporter only the steps on their own articles', async () => {
    const draft = pickArticle('draft', 'u-phongvien');
    const waiting = pickArticle('in_review', 'u-phongvien');
    const live = pickArticle('published', 'u-phongvien');
    const { user } = await renderApp({ route: '/my-articles?status=draft,in_review,published&pageSize=100', user: 'phongvien' });

    expect(await offered(user, draft.title)).toEqual(['Gửi duyệt']);
    expect(await offered(user, waiting.title)).toEqual(['Rút về nháp']);
    expect(screen.queryByRole('button', { name: `Thao tác với “${live.title}”` })).not.toBeInTheDocument();
  });

  it('approves from the articles list, and the row shows the new status', async () => {
    const article = pickArticle('in_review');
    const { user } = await renderApp({ route: '/articles?status=in_review,approved&pageSize=100', user: 'editor_in_chief' });
    await user.click(await actionsButton(article.title));
    await user.click(await screen.findByRole('menuitem', { name: 'Duyệt' }));

    await waitFor(() => expect(store.db.articles.find((a) => a.id === article.id)!.status).toBe('approved'));
    expect(await screen.findByText('Đã duyệt bài.')).toBeInTheDocument();
    const row = (await screen.findByRole('link', { name: article.title })).closest('tr')!;
    await waitFor(() => expect(within(row).getAllByRole('cell')[2]).toHaveTextContent('Đã duyệt'));
  });

  it('returns an article from the review queue with a reason, and it leaves the queue', async () => {
    const article = pickArticle('in_review');
    const { user } = await renderApp({ route: '/review', user: 'editor_in_chief' });
    await user.click(await actionsButton(article.title));
    await user.click(await screen.findByRole('menuitem', { name: 'Yêu cầu sửa' }));
    const dialog = await screen.findByRole('dialog', { name: 'Yêu cầu phóng viên sửa bài' });
    await user.click(within(dialog).getByRole('checkbox', { name: 'Thiếu nguồn' }));
    await user.click(within(dialog).getByRole('textbox', { name: /Cần sửa những gì/ }));
    await user.paste('Ghi nguồn số liệu ở đoạn hai.');
    await user.click(within(dialog).getByRole('button', { name: 'Trả bài' }));

    await waitFor(() => expect(store.db.articles.find((a) => a.id === article.id)!.status).toBe('changes_requested'));
    expect(store.db.articles.find((a) => a.id === article.id)!.lastReason).toMatchObject({ codes: ['missing_source'], text: 'Ghi nguồn số liệu ở đoạn hai.' });
    const queue = screen.getByRole('table', { name: 'Hàng chờ duyệt' });
    await waitFor(() => expect(within(queue).queryByRole('link', { name: article.title })).not.toBeInTheDocument());
  });

  it('explains in a notification when the step was refused (someone acted first)', async () => {
    const article = pickArticle('in_review', 'u-phongvien');
    const { user } = await renderApp({ route: '/review', user: 'editor_in_chief' });
    const button = await actionsButton(article.title);
    await apiAs('phongvien').articles.transition(article.id, 'withdraw', { version: article.version });
    await user.click(button);
    await user.click(await screen.findByRole('menuitem', { name: 'Duyệt' }));
    expect(await screen.findByText(/^Bài viết hiện ở trạng thái “Nháp” nên không thể thực hiện bước này./)).toBeInTheDocument();
    expect(screen.getByText('Không thực hiện được')).toBeInTheDocument();
    expect(store.db.articles.find((a) => a.id === article.id)!.status).toBe('draft');
  });
});
