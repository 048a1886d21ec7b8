import { screen, waitFor, within } from '@testing-library/react';
import { formatDuration } from '@/components/format-relative';
import { articleSchema } from '@/domain';
import { clock, store } from '@mocks/node';
import { SEED_BASE_DATE } from '@mocks/seed';
import { renderApp } from '../../render';
import { apiAs, seeded, stored } from './helpers';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/** The reporter fixes a returned article and sends it again, as the review desk then sees it. */
async function resubmit(edit: (a: ReturnType<typeof seeded>) => { title: string; sapo: string; body: ReturnType<typeof seeded>['body'] }) {
  const article = seeded('changes_requested');
  const api = apiAs('phongvien');
  const saved = await api.articles.update(article.id, edit(article), article.version);
  await api.articles.transition(article.id, 'submit', { version: saved.version });
  return article;
}

describe('review desk', () => {
  it('lists what waits, the longest-waiting first, with author, category, words and waiting time', async () => {
    await renderApp({ route: '/review', user: 'editor_in_chief' });
    const table = await screen.findByRole('table', { name: 'Hàng chờ duyệt' });
    const expected = store.db.articles
      .filter((a) => a.status === 'in_review')
      .sort((a, b) => Date.parse(a.submittedAt!) - Date.parse(b.submittedAt!));
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('link').textContent)).toEqual(expected.map((a) => a.title));
    const first = within(rows[0]).getAllByRole('cell').map((c) => c.textContent);
    const author = store.db.users.find((u) => u.id === expected[0].authorId)!.name;
    const category = store.db.categories.find((c) => c.id === expected[0].categoryId)!.name;
    await waitFor(() => expect(within(rows[0]).getAllByRole('cell')[1]).toHaveTextContent(author));
    expect(first[2]).toBe(category);
    expect(first[3]).toBe(new Intl.NumberFormat('vi').format(expected[0].wordCount));
    expect(first[4]).toMatch(/giờ|ngày|tuần|tháng/);
  });

  it("counts the wait from the submission: the editor-in-chief's edit neither requeues an article nor resets its wait", async () => {
    // The page and the demo server agree on "now", so an edit made now would read as no wait at all.
    vi.useFakeTimers({ toFake: ['Date'] });
    onTestFinished(() => void vi.useRealTimers());
    vi.setSystemTime(new Date(SEED_BASE_DATE));
    clock.set(SEED_BASE_DATE);
    const waiting = store.db.articles.filter((a) => a.status === 'in_review').sort((a, b) => a.submittedAt!.localeCompare(b.submittedAt!));
    const oldest = articleSchema.parse(structuredClone(waiting[0]));
    const edited = await apiAs('tongbientap').articles.update(oldest.id, { title: `${oldest.title} (đã biên tập)` }, oldest.version);
    expect(edited.submittedAt).toBe(oldest.submittedAt);
    expect(Date.parse(edited.updatedAt)).toBeGreaterThan(Date.parse(waiting.at(-1)!.submittedAt!));

    await renderApp({ route: '/review', user: 'editor_in_chief' });
    const table = await screen.findByRole('table', { name: 'Hàng chờ duyệt' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0]).getByRole('link')).toHaveTextContent(edited.title);
    const wait = within(rows[0]).getAllByRole('cell')[4];
    expect(wait).toHaveTextContent(formatDuration(Date.now() - Date.parse(oldest.submittedAt!), 'vi'));
    expect(wait.textContent).not.toBe(formatDuration(Date.now() - Date.parse(edited.updatedAt), 'vi'));
  });

  it('shows the resubmission as a word diff against the previous submission, markup as text', async () => {
    const article = await resubmit((a) => ({
      title: `${a.title} <img src=x onerror=alert(1)>`,
      sapo: a.sapo.replace(/^\S+/, 'Hôm nay,'),
      body: { type: 'doc', content: [...(a.body.content ?? []), paragraph('Nguồn: Sở Tài chính TP.HCM.')] },
    }));
    const { container } = await renderApp({ route: `/review/${article.id}`, user: 'editor_in_chief' });
    const changes = await screen.findByRole('region', { name: 'Thay đổi so với lần trước' });
    await within(changes).findByText(/So với lần gửi duyệt trước/);
    const added = [...changes.querySelectorAll('ins')].map((n) => n.textContent ?? '');
    const removed = [...changes.querySelectorAll('del')].map((n) => n.textContent ?? '');
    expect(added.join('|')).toContain('<img src=x onerror=alert(1)>');
    expect(added.join('|')).toContain('Nguồn: Sở Tài chính TP.HCM.');
    expect(added.join('|')).toContain('Hôm nay,');
    expect(removed.join('|')).toContain(article.sapo.split(/\s/)[0]);
    expect(container.querySelector('img[src="x"]')).toBeNull();
  });

  it('approves with Alt+A, and the history shows the step', async () => {
    const article = seeded('in_review');
    const { user } = await renderApp({ route: `/review/${article.id}`, user: 'editor_in_chief' });
    const approve = await screen.findByRole('button', { name: 'Duyệt' });
    expect(approve).toHaveAttribute('aria-keyshortcuts', 'Alt+A');
    await user.keyboard('{Alt>}a{/Alt}');
    await waitFor(() => expect(stored(article.id).status).toBe('approved'));
    expect(await screen.findByRole('button', { name: 'Xuất bản' })).toBeInTheDocument();
    const timeline = screen.getByRole('tabpanel', { name: 'Lịch sử' });
    await within(timeline).findByText('Duyệt');
    expect(within(timeline).getAllByText('· Lê Quang Minh').length).toBeGreaterThan(0);
  });

  it('compares any two revisions and restores an old one as a new revision', async () => {
    const article = await resubmit((a) => ({ title: 'Tiêu đề đã sửa', sapo: a.sapo, body: a.body }));
    const revisionsBefore = store.db.revisions.filter((r) => r.articleId === article.id);
    const oldest = revisionsBefore[0];
    const { user } = await renderApp({ route: `/review/${article.id}`, user: 'editor_in_chief' });
    await user.click(await screen.findByRole('tab', { name: 'Phiên bản' }));
    const table = await screen.findByRole('table', { name: 'Phiên bản' });
    await user.click(within(table).getByRole('radio', { name: `So sánh từ bản ${oldest.rev}` }));
    expect(await screen.findByText(`So sánh bản ${oldest.rev} với bản ${revisionsBefore.at(-1)!.rev}`)).toBeInTheDocument();
    const panel = screen.getByRole('tabpanel', { name: 'Phiên bản' });
    await waitFor(() => expect([...panel.querySelectorAll('ins')].map((n) => n.textContent).join('|')).toContain('Tiêu đề đã sửa'));

    await user.click(within(table).getByRole('button', { name: `Khôi phục bản ${oldest.rev}` }));
    const dialog = await screen.findByRole('dialog', { name: `Khôi phục bản ${oldest.rev}?` });
    await user.click(within(dialog).getByRole('button', { name: 'Khôi phục' }));
    await waitFor(() => expect(stored(article.id).title).toBe(oldest.title));
    const after = store.db.revisions.filter((r) => r.articleId === article.id);
    expect(after).toHaveLength(revisionsBefore.length + 1);
    expect(after.at(-2)?.title).toBe('Tiêu đề đã sửa');
  });

  it("restores right after the editor-in-chief's own edit without losing that edit", async () => {
    const article = seeded('in_review');
    const edited = await apiAs('tongbientap').articles.update(article.id, { title: 'Tiêu đề tổng biên tập vừa sửa' }, article.version);
    const before = store.db.revisions.filter((r) => r.articleId === article.id);
    expect(before.at(-1)).toMatchObject({ title: edited.title, sealed: false });
    const oldest = before[0];

    const { user } = await renderApp({ route: `/review/${article.id}`, user: 'editor_in_chief' });
    await user.click(await screen.findByRole('tab', { name: 'Phiên bản' }));
    const table = await screen.findByRole('table', { name: 'Phiên bản' });
    await user.click(within(table).getByRole('button', { name: `Khôi phục bản ${oldest.rev}` }));
    const dialog = await screen.findByRole('dialog', { name: `Khôi phục bản ${oldest.rev}?` });
    await user.click(within(dialog).getByRole('button', { name: 'Khôi phục' }));

    await waitFor(() => expect(stored(article.id).title).toBe(oldest.title));
    const after = store.db.revisions.filter((r) => r.articleId === article.id);
    expect(after.map((r) => r.title)).toEqual([...before.map((r) => r.title), oldest.title]);
    // The list shows the new revision, and the replaced edit stays one that can be restored.
    await waitFor(() => {
      const list = screen.getByRole('table', { name: 'Phiên bản' });
      expect(within(list).getByRole('radio', { name: `So sánh từ bản ${after.at(-1)!.rev}` })).toBeInTheDocument();
      expect(within(list).getByRole('button', { name: `Khôi phục bản ${before.at(-1)!.rev}` })).toBeInTheDocument();
    });
  });
});
