import { describe, expect, it } from 'vitest';
import { clock } from '@mocks/node';
import { call, login, startDemoServer, validArticle } from './helpers';

startDemoServer();

const act = (token: string, id: string, body: object) => call(`/articles/${id}/transitions`, { method: 'POST', token, body });

async function submitted() {
  const mai = await login('phongvien');
  const eic = await login('tongbientap');
  const created = await call('/articles', { method: 'POST', token: mai, body: validArticle });
  const res = await act(mai, created.body.id, { action: 'submit', version: 1 });
  expect(res.status).toBe(200);
  return { mai, eic, article: res.body };
}

describe('demo server: workflow', () => {
  it('refuses by role (403) before state (409), and writes every transition to the history', async () => {
    const { mai, eic, article } = await submitted();
    expect(article).toMatchObject({ status: 'in_review', version: 2 });
    expect((await act(mai, article.id, { action: 'approve', version: 2 })).status).toBe(403);
    const wrongState = await act(eic, article.id, { action: 'publish', version: 2 });
    expect(wrongState.status).toBe(409);
    expect(wrongState.body.error.code).toBe('invalid_state');

    const returned = await act(eic, article.id, { action: 'request_changes', version: 2, reasonCodes: ['missing_source'], note: 'Thiếu nguồn.' });
    expect(returned.body.status).toBe('changes_requested');
    expect(returned.body.lastReason).toMatchObject({ codes: ['missing_source'], text: 'Thiếu nguồn.', by: 'u-tongbientap' });
    await act(mai, article.id, { action: 'submit', version: 3 });
    const approved = await act(eic, article.id, { action: 'approve', version: 4 });
    const published = await act(eic, article.id, { action: 'publish', version: approved.body.version });
    expect(published.body).toMatchObject({ status: 'published', version: 6 });
    expect(published.body.publishedAt).toBeTruthy();
    expect(published.body.slug).toBe('quan-8-ra-mat-mo-hinh-dan-van-kheo');

    const history = await call(`/articles/${article.id}/history`, { token: mai });
    expect(history.body.map((h: { action: string; from: string; to: string; by: string }) => [h.action, h.from, h.to, h.by])).toEqual([
      ['create', null, 'draft', 'u-phongvien'],
      ['submit', 'draft', 'in_review', 'u-phongvien'],
      ['request_changes', 'in_review', 'changes_requested', 'u-tongbientap'],
      ['submit', 'changes_requested', 'in_review', 'u-phongvien'],
      ['approve', 'in_review', 'approved', 'u-tongbientap'],
      ['publish', 'approved', 'published', 'u-tongbientap'],
    ]);
    expect(history.body[2]).toMatchObject({ note: 'Thiếu nguồn.', reasonCodes: ['missing_source'] });
  });

  it('needs a reason to request changes and a stale version is a 412', async () => {
    const { eic, article } = await submitted();
    const noReason = await act(eic, article.id, { action: 'request_changes', version: 2 });
    expect(noReason.status).toBe(422);
    expect(noReason.body.error.fields).toEqual({ reasonCodes: 'reason_codes_required', note: 'reason_required' });
    const codesOnly = await act(eic, article.id, { action: 'request_changes', version: 2, reasonCodes: ['spelling'] });
    expect(codesOnly.status).toBe(422);
    expect(codesOnly.body.error.fields).toEqual({ note: 'reason_required' });
    const textOnly = await act(eic, article.id, { action: 'request_changes', version: 2, note: 'Sai chính tả.' });
    expect(textOnly.status).toBe(422);
    expect(textOnly.body.error.fields).toEqual({ reasonCodes: 'reason_codes_required' });
    const stale = await act(eic, article.id, { action: 'approve', version: 1 });
    expect(stale.status).toBe(412);
    expect(stale.body.error.current).toMatchObject({ id: article.id, version: 2 });
  });

  it('unpublishes only with reason codes and text, and the author reads the reason', async () => {
    const { mai, eic, article } = await submitted();
    await act(eic, article.id, { action: 'approve', version: 2 });
    const live = await act(eic, article.id, { action: 'publish', version: 3 });
    expect(live.body.status).toBe('published');
    const textOnly = await act(eic, article.id, { action: 'unpublish', version: 4, note: 'Nội dung nhạy cảm.' });
    expect(textOnly.status).toBe(422);
    expect(textOnly.body.error.fields).toEqual({ reasonCodes: 'reason_codes_required' });
    const codesOnly = await act(eic, article.id, { action: 'unpublish', version: 4, reasonCodes: ['sensitive'] });
    expect(codesOnly.status).toBe(422);
    expect(codesOnly.body.error.fields).toEqual({ note: 'reason_required' });

    const down = await act(eic, article.id, { action: 'unpublish', version: 4, reasonCodes: ['sensitive'], note: 'Nội dung nhạy cảm.' });
    expect(down.status).toBe(200);
    expect(down.body.status).toBe('unpublished');
    const seen = await call(`/articles/${article.id}`, { token: mai });
    expect(seen.body.lastReason).toMatchObject({ codes: ['sensitive'], text: 'Nội dung nhạy cảm.', by: 'u-tongbientap' });
    const history = await call(`/articles/${article.id}/history`, { token: mai });
    expect(history.body.at(-1)).toMatchObject({ action: 'unpublish', from: 'published', to: 'unpublished', note: 'Nội dung nhạy cảm.', reasonCodes: ['sensitive'] });
  });

  it('keeps when the article entered review: edits by the editor-in-chief leave it, a reporter sending it back sets it', async () => {
    const mai = await login('phongvien');
    const eic = await login('tongbientap');
    const created = await call('/articles', { method: 'POST', token: mai, body: validArticle });
    expect(created.body.submittedAt).toBeNull();
    const submitted = await act(mai, created.body.id, { action: 'submit', version: 1 });
    const at = submitted.body.submittedAt;
    expect(at).toBe(submitted.body.updatedAt);

    clock.advance(2 * 3_600_000);
    const edited = await call(`/articles/${created.body.id}`, { method: 'PATCH', token: eic, headers: { 'If-Match': '2' }, body: { title: 'Tiêu đề đã biên tập' } });
    expect(edited.status).toBe(200);
    expect(edited.body.submittedAt).toBe(at);
    expect(Date.parse(edited.body.updatedAt) - Date.parse(at)).toBeGreaterThanOrEqual(2 * 3_600_000);
    const queue = await call('/articles?status=in_review&sort=submittedAt:asc&pageSize=100', { token: eic });
    const submissions = queue.body.items.map((a: { submittedAt: string }) => a.submittedAt);
    expect(submissions).toEqual([...submissions].sort());
    expect(queue.body.items.at(-1).id).toBe(created.body.id);

    const approved = await act(eic, created.body.id, { action: 'approve', version: 3 });
    expect(approved.body.submittedAt).toBe(at);
    clock.advance(3_600_000);
    const back = await call(`/articles/${created.body.id}`, { method: 'PATCH', token: mai, headers: { 'If-Match': '4' }, body: { sapo: 'Sapo mới, bài quay lại hàng chờ duyệt.' } });
    expect(back.body).toMatchObject({ status: 'in_review', submittedAt: back.body.updatedAt });
    expect(Date.parse(back.body.submittedAt)).toBeGreaterThan(Date.parse(edited.body.updatedAt));
  });

  it('validates the article on submit (422 with fields)', async () => {
    const mai = await login('phongvien');
    const draft = await call('/articles', { method: 'POST', token: mai, body: { title: 'Chỉ có tiêu đề' } });
    const res = await act(mai, draft.body.id, { action: 'submit', version: 1 });
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toMatchObject({ sapo: 'required', categoryId: 'required' });
  });

  it('schedules only in the future and publishes on time, by `system`, when the clock gets there', async () => {
    const { eic, article } = await submitted();
    await act(eic, article.id, { action: 'approve', version: 2 });
    const past = await act(eic, article.id, { action: 'schedule', version: 3, scheduledAt: new Date(clock.now().getTime() - 60_000).toISOString() });
    expect(past.status).toBe(422);
    expect(past.body.error.fields).toEqual({ scheduledAt: 'not_future' });
    const at = new Date(clock.now().getTime() + 3_600_000).toISOString();
    const scheduled = await act(eic, article.id, { action: 'schedule', version: 3, scheduledAt: at });
    expect(scheduled.body).toMatchObject({ status: 'scheduled', scheduledAt: at });

    clock.advance(30 * 60_000);
    expect((await call(`/articles/${article.id}`, { token: eic })).body.status).toBe('scheduled');
    clock.advance(31 * 60_000);
    const live = await call(`/articles/${article.id}`, { token: eic });
    expect(live.body).toMatchObject({ status: 'published', publishedAt: at });
    const history = await call(`/articles/${article.id}/history`, { token: eic });
    expect(history.body.at(-1)).toMatchObject({ action: 'publish', from: 'scheduled', to: 'published', by: 'system', at });
  });

  it('sends an approved article back to review when a reporter edits it, not when the editor-in-chief does', async () => {
    const { mai, eic, article } = await submitted();
    await act(eic, article.id, { action: 'approve', version: 2 });
    const byEic = await call(`/articles/${article.id}`, { method: 'PATCH', token: eic, body: { sapo: 'Sửa bởi tổng biên tập.' }, headers: { 'If-Match': '3' } });
    expect(byEic.body.status).toBe('approved');
    const byAuthor = await call(`/articles/${article.id}`, { method: 'PATCH', token: mai, body: { sapo: 'Tác giả sửa.' }, headers: { 'If-Match': '4' } });
    expect(byAuthor.body).toMatchObject({ status: 'in_review', version: 5 });
  });

  it('folds quick successive saves into one revision, but a submit starts a new one', async () => {
    const mai = await login('phongvien');
    const draft = (await call('/articles', { method: 'POST', token: mai, body: validArticle })).body;
    const save = (v: number, title: string) =>
      call(`/articles/${draft.id}`, { method: 'PATCH', token: mai, body: { title }, headers: { 'If-Match': String(v) } });
    await save(1, 'Bản 1');
    await save(2, 'Bản 2');
    expect((await call(`/articles/${draft.id}/revisions`, { token: mai })).body).toHaveLength(1);
    clock.advance(11 * 60_000);
    await save(3, 'Bản 3');
    expect((await call(`/articles/${draft.id}/revisions`, { token: mai })).body).toHaveLength(2);
    await act(mai, draft.id, { action: 'submit', version: 4 });
    await act(mai, draft.id, { action: 'withdraw', version: 5 });
    await save(6, 'Bản 4');
    const revisions = (await call(`/articles/${draft.id}/revisions`, { token: mai })).body;
    expect(revisions.map((r: { rev: number; title: string }) => [r.rev, r.title])).toEqual([
      [3, 'Bản 4'],
      [2, 'Bản 3'],
      [1, 'Bản 2'],
    ]);
    const first = await call(`/articles/${draft.id}/revisions/1`, { token: mai });
    expect(first.body).toMatchObject({ rev: 1, title: 'Bản 2', sapo: validArticle.sapo, body: validArticle.body });
  });
});

describe('demo server: locks and notes', () => {
  it("restores an old revision as a new one, even right after the caller's own unsealed edit, losing nothing", async () => {
    const { mai, eic, article } = await submitted();
    const revisions = async () =>
      (await call(`/articles/${article.id}/revisions`, { token: eic })).body.map((r: { rev: number; title: string }) => [r.rev, r.title]);
    // The editor-in-chief edits the article in review: a revision of theirs, open to folding for ten minutes.
    const edited = await call(`/articles/${article.id}`, { method: 'PATCH', token: eic, headers: { 'If-Match': '2' }, body: { title: 'Tiêu đề tổng biên tập sửa' } });
    expect(await revisions()).toEqual([
      [2, 'Tiêu đề tổng biên tập sửa'],
      [1, validArticle.title],
    ]);
    clock.advance(60_000);
    const restore = (token: string, rev: number, version: number | null) =>
      call(`/articles/${article.id}/revisions/${rev}/restore`, { method: 'POST', token, headers: version === null ? {} : { 'If-Match': String(version) } });

    expect((await restore(eic, 1, null)).status).toBe(428);
    expect((await restore(eic, 1, 2)).status).toBe(412);
    expect((await restore(eic, 9, edited.body.version)).status).toBe(404);
    const restored = await restore(eic, 1, edited.body.version);
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ title: validArticle.title, status: 'in_review', version: edited.body.version + 1 });
    expect(await revisions()).toEqual([
      [3, validArticle.title],
      [2, 'Tiêu đề tổng biên tập sửa'],
      [1, validArticle.title],
    ]);
    const replaced = await call(`/articles/${article.id}/revisions/2`, { token: eic });
    expect(replaced.body.title).toBe('Tiêu đề tổng biên tập sửa');

    // Only someone who may edit it restores it: a reporter cannot once the article is live.
    await act(eic, article.id, { action: 'approve', version: restored.body.version });
    await act(eic, article.id, { action: 'publish', version: restored.body.version + 1 });
    expect((await restore(mai, 2, restored.body.version + 2)).status).toBe(403);
  });

  it('locks for 60 s, answers 423 with the holder, lets only the editor-in-chief force', async () => {
    const { mai, eic, article } = await submitted();
    const hung = await login('phongvien2');
    const lock = await call(`/articles/${article.id}/lock`, { method: 'POST', token: mai, body: {} });
    expect(lock.body).toMatchObject({ articleId: article.id, userId: 'u-phongvien', userName: 'Nguyễn Thị Mai' });
    const held = await call(`/articles/${article.id}/lock`, { method: 'POST', token: eic, body: {} });
    expect(held.status).toBe(423);
    expect(held.body.error).toMatchObject({ code: 'locked', current: { userId: 'u-phongvien' } });
    expect((await call(`/articles/${article.id}/lock`, { method: 'POST', token: hung, body: { force: true } })).status).toBe(403);
    const taken = await call(`/articles/${article.id}/lock`, { method: 'POST', token: eic, body: { force: true } });
    expect(taken.body.userId).toBe('u-tongbientap');
    const heartbeat = await call(`/articles/${article.id}/lock`, { method: 'POST', token: mai, body: {} });
    expect(heartbeat.status).toBe(423);
    clock.advance(61_000);
    expect((await call(`/articles/${article.id}/lock`, { method: 'POST', token: mai, body: {} })).status).toBe(200);
    expect((await call(`/articles/${article.id}/lock`, { method: 'DELETE', token: mai })).status).toBe(204);
    expect((await call(`/articles/${article.id}/lock`, { method: 'POST', token: eic, body: {} })).status).toBe(200);
  });

  it('refuses a write to the text by anyone but the holder of a live lock (423), so a takeover is never written over', async () => {
    const { mai, eic, article } = await submitted();
    const patch = (token: string, version: number, title: string) =>
      call(`/articles/${article.id}`, { method: 'PATCH', token, body: { title }, headers: { 'If-Match': String(version) } });
    await call(`/articles/${article.id}/lock`, { method: 'POST', token: mai, body: {} });
    await call(`/articles/${article.id}/lock`, { method: 'POST', token: eic, body: { force: true } });
    const late = await patch(mai, article.version, 'Bản của phóng viên sau khi bị tiếp quản');
    expect(late.status).toBe(423);
    expect(late.body.error).toMatchObject({ code: 'locked', current: { userId: 'u-tongbientap' } });
    const mine = await patch(eic, article.version, 'Bản của tổng biên tập');
    expect(mine.status).toBe(200);
    clock.advance(61_000);
    expect((await patch(mai, mine.body.version, 'Khóa đã hết hạn')).status).toBe(200);
  });

  it('keeps a thread of editorial notes', async () => {
    const { mai, eic, article } = await submitted();
    const note = await call(`/articles/${article.id}/notes`, { method: 'POST', token: eic, body: { body: 'Em kiểm tra lại số liệu nhé.' } });
    expect(note.status).toBe(201);
    await call(`/articles/${article.id}/notes`, { method: 'POST', token: mai, body: { body: 'Dạ, em sửa rồi ạ.' } });
    const notes = await call(`/articles/${article.id}/notes`, { token: mai });
    expect(notes.body.map((n: { by: string }) => n.by)).toEqual(['u-tongbientap', 'u-phongvien']);
    expect((await call(`/articles/${article.id}/notes`, { method: 'POST', token: mai, body: { body: ' ' } })).status).toBe(422);
  });
});
