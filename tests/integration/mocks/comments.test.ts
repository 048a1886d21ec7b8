import { describe, expect, it } from 'vitest';
import { fold } from '@/domain';
import { call, login, startDemoServer } from './helpers';

startDemoServer();

type C = { id: string; articleId: string; status: string; version: number; createdAt: string; reports: number; body: string };

async function pending(token: string, extra = ''): Promise<C[]> {
  return (await call(`/comments?queue=pending&pageSize=1000${extra}`, { token })).body.items;
}

describe('demo server: comment moderation', () => {
  it('is for moderators and the editor-in-chief only', async () => {
    const reporter = await login('phongvien');
    expect((await call('/comments?queue=pending', { token: reporter })).status).toBe(403);
    expect((await call('/comments/counts', { token: reporter })).status).toBe(403);
    const eic = await login('tongbientap');
    expect((await call('/comments?queue=pending', { token: eic })).status).toBe(200);
  });

  it('lists queues: pending oldest first, reported, search without tone marks', async () => {
    const token = await login('kiemduyet');
    const items = await pending(token);
    expect(items.length).toBeGreaterThan(50);
    expect(items.every((c) => c.status === 'pending')).toBe(true);
    const times = items.map((c) => c.createdAt);
    expect(times).toEqual([...times].sort());
    const reported = (await call('/comments?queue=reported&pageSize=1000', { token })).body.items as C[];
    expect(reported.length).toBeGreaterThan(0);
    expect(reported.every((c) => c.reports > 0 && (c.status === 'pending' || c.status === 'approved'))).toBe(true);
    const found = (await call(`/comments?q=${encodeURIComponent('vay tien nhanh')}&pageSize=1000`, { token })).body.items as C[];
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((c) => c.body.includes('Vay tiền nhanh'))).toBe(true);
    const words = (c: C & { authorName: string; email?: string }) => fold(`${c.body} ${c.authorName} ${c.email ?? ''}`);
    expect(found.every((c) => ['vay', 'tien', 'nhanh'].every((w) => words(c as never).includes(w)))).toBe(true);
  });

  it('refuses a stale action with 409 already_moderated and who did it', async () => {
    const ha = await login('kiemduyet');
    const long = await login('kiemduyet2');
    const [first] = await pending(ha);
    const done = await call(`/comments/${first.id}`, { method: 'PATCH', token: ha, body: { action: 'approve', version: first.version } });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'approved', moderatedBy: 'Phạm Thu Hà', version: first.version + 1 });
    expect(done.body.articleTitle).toBeTruthy();
    const late = await call(`/comments/${first.id}`, { method: 'PATCH', token: long, body: { action: 'spam', version: first.version } });
    expect(late.status).toBe(409);
    expect(late.body.error).toMatchObject({ code: 'already_moderated', current: { id: first.id, status: 'approved', moderatedBy: 'Phạm Thu Hà' } });
    const audit = await call(`/moderation/audit?commentId=${first.id}`, { token: ha });
    expect(audit.body.items[0]).toMatchObject({ action: 'approve', from: 'pending', to: 'approved', by: 'u-kiemduyet' });
  });

  it('acts in bulk with per-item results', async () => {
    const token = await login('kiemduyet');
    const [a, b] = await pending(token);
    const items = [a, { id: 'c-missing', version: 0 }, b].map(({ id, version }) => ({ id, version }));
    const res = await call('/comments/bulk', { method: 'POST', token, body: { items, action: 'reject' } });
    expect(res.status).toBe(200);
    expect(res.body.results.map((r: { id: string; ok: boolean }) => [r.id, r.ok])).toEqual([
      [a.id, true],
      ['c-missing', false],
      [b.id, true],
    ]);
    expect(res.body.results[1].error.code).toBe('not_found');
    expect(res.body.results[0].comment.status).toBe('rejected');
    const invalid = await call('/comments/bulk', { method: 'POST', token, body: { items: [], action: 'zap' } });
    expect(invalid.status).toBe(422);
    expect(Object.keys(invalid.body.error.fields)).toEqual(expect.arrayContaining(['items', 'action']));
    const unversioned = await call('/comments/bulk', { method: 'POST', token, body: { items: [{ id: a.id }], action: 'reject' } });
    expect(unversioned.status).toBe(422);
  });

  it('refuses a stale bulk item with already_moderated and who did it, like a single action', async () => {
    const ha = await login('kiemduyet');
    const long = await login('kiemduyet2');
    const [first, second] = await pending(ha);
    // Hà rejects the first comment after Long's list was loaded…
    await call(`/comments/${first.id}`, { method: 'PATCH', token: ha, body: { action: 'reject', version: first.version } });
    // …then Long approves both from that list.
    const items = [first, second].map(({ id, version }) => ({ id, version }));
    const res = await call('/comments/bulk', { method: 'POST', token: long, body: { items, action: 'approve' } });
    expect(res.status).toBe(200);
    expect(res.body.results[0]).toMatchObject({
      id: first.id,
      ok: false,
      error: { code: 'already_moderated' },
      comment: { status: 'rejected', moderatedBy: 'Phạm Thu Hà', version: first.version + 1 },
    });
    expect(res.body.results[1]).toMatchObject({ id: second.id, ok: true, comment: { status: 'approved', moderatedBy: 'Vũ Hoàng Long' } });
    const now = (await call(`/comments?queue=rejected&pageSize=20000`, { token: ha })).body.items as C[];
    expect(now.find((c) => c.id === first.id)).toMatchObject({ status: 'rejected', version: first.version + 1 });
    const audit = await call(`/moderation/audit?commentId=${first.id}`, { token: ha });
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['reject']);
  });

  it('undoing a decision puts back the reports it answered, in single and bulk actions', async () => {
    const token = await login('kiemduyet');
    const reported = (await call('/comments?queue=reported&pageSize=1000', { token })).body.items as C[];
    const [p1, p2] = reported.filter((c) => c.status === 'pending');
    const act = async (c: C, action: string) =>
      (await call(`/comments/${c.id}`, { method: 'PATCH', token, body: { action, version: c.version } })).body as C;
    const approved = await act(p1!, 'approve');
    expect(approved.reports).toBe(0);
    const undone = await act(approved, 'restore');
    expect(undone).toMatchObject({ status: 'pending', reports: p1!.reports, version: p1!.version + 2 });
    expect(undone).not.toHaveProperty('undo');
    const inQueue = (await call('/comments?queue=reported&pageSize=1000', { token })).body.items as C[];
    expect(inQueue.find((c) => c.id === p1!.id)).toMatchObject({ reports: p1!.reports });
    const audit = (await call(`/moderation/audit?commentId=${p1!.id}`, { token })).body.items;
    expect(audit[0]).toMatchObject({ action: 'restore', from: 'approved', to: 'pending', note: 'undo' });

    // A reported approved comment rejected by mistake, then approved back: its reports stay open.
    const onApproved = reported.find((c) => c.status === 'approved')!;
    const rejected = await act(onApproved, 'reject');
    expect((await act(rejected, 'approve')).reports).toBe(onApproved.reports);

    const bulk = async (items: C[], action: string) =>
      (await call('/comments/bulk', { method: 'POST', token, body: { items: items.map(({ id, version }) => ({ id, version })), action } })).body
        .results[0].comment as C;
    const back = await bulk([await bulk([p2!], 'approve')], 'restore');
    expect(back).toMatchObject({ status: 'pending', reports: p2!.reports });

    // Only the decision right before: a restore after approve → reject is a new decision.
    const later = await act(await act(undone, 'approve'), 'reject');
    expect((await act(later, 'restore')).reports).toBe(0);
  });

  it('keeps counts and the article comment count consistent through actions and replies', async () => {
    const token = await login('tongbientap');
    const [c] = await pending(token);
    const before = (await call(`/comments/counts?articleId=${c.articleId}`, { token })).body;
    const approvedList = (await call(`/comments?queue=approved&articleId=${c.articleId}&pageSize=1000`, { token })).body;
    expect(before.approved).toBe(approvedList.total);
    expect((await call(`/articles/${c.articleId}`, { token })).body.commentCount).toBe(before.approved);

    await call(`/comments/${c.id}`, { method: 'PATCH', token, body: { action: 'approve', version: c.version } });
    const reply = await call(`/comments/${c.id}/replies`, { method: 'POST', token, body: { body: 'Cảm ơn bạn đã góp ý.' } });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ parentId: c.id, staffReply: true, status: 'approved', articleId: c.articleId });
    const after = (await call(`/comments/counts?articleId=${c.articleId}`, { token })).body;
    expect(after).toMatchObject({ pending: before.pending - 1, approved: before.approved + 2 });
    expect((await call(`/articles/${c.articleId}`, { token })).body.commentCount).toBe(after.approved);

    const all = (await call('/comments/counts', { token })).body;
    const articles = (await call('/articles?pageSize=100', { token })).body.items as { commentCount: number }[];
    expect(articles.reduce((n, a) => n + a.commentCount, 0)).toBe(all.approved);
  });

  it('saves word rules and rejects invalid ones with fields', async () => {
    const token = await login('kiemduyet');
    const rules = (await call('/moderation/rules', { token })).body;
    expect(rules.length).toBeGreaterThan(5);
    const next = [...rules, { id: 'r-new', term: 'lừa đảo qua mạng', severity: 'suspect' }];
    expect((await call('/moderation/rules', { method: 'PUT', token, body: next })).body).toHaveLength(rules.length + 1);
    const bad = await call('/moderation/rules', { method: 'PUT', token, body: [{ id: 'x', term: ' ', severity: 'block' }] });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields).toEqual({ '0.term': 'required' });
  });

  it('logs what the server does by itself as system, and who lifted a ban', async () => {
    const token = await login('kiemduyet');
    const systemLog = async () => (await call('/moderation/audit?by=system&pageSize=500', { token })).body;
    // The seed's comments rejected by a block rule on arrival are in the log.
    const seeded = await systemLog();
    expect(seeded.total).toBeGreaterThan(0);
    expect(seeded.items.every((e: { by: string; action: string; note: string }) => e.by === 'system' && e.action === 'reject' && e.note === 'rule')).toBe(true);
    const rejectedBySystem = (await call('/comments?queue=rejected&pageSize=20000', { token })).body.items.filter(
      (c: { moderatedBy: string | null }) => c.moderatedBy === 'system',
    );
    expect(seeded.total).toBe(rejectedBySystem.length);

    const article = (await call('/articles?status=published&pageSize=1', { token })).body.items[0];
    const post = async (body: object) => (await call('/demo/comments', { method: 'POST', token, body: { articleId: article.id, ...body } })).body;
    const blocked = await post({ authorName: 'Y', body: 'đ.m bọn này' });
    const ban = (await call('/moderation/bans', { method: 'POST', token, body: { email: 'xau@example.com', reason: 'Chửi bới' } })).body;
    const banned = await post({ authorName: 'X', email: 'xau@example.com', body: 'Lại là tôi.' });
    expect((await call(`/moderation/bans/${ban.id}`, { method: 'DELETE', token })).status).toBe(204);

    const after = await systemLog();
    expect(after.total).toBe(seeded.total + 2);
    const entry = (id: string) => after.items.find((e: { commentId: string }) => e.commentId === id);
    expect(entry(blocked.id)).toMatchObject({ by: 'system', action: 'reject', from: null, to: 'rejected', note: 'rule', articleId: article.id });
    expect(entry(banned.id)).toMatchObject({ by: 'system', action: 'reject', from: null, to: 'rejected', note: 'ban' });
    const lifted = (await call('/moderation/audit?action=unban', { token })).body;
    expect(lifted.items).toEqual([expect.objectContaining({ action: 'unban', by: 'u-kiemduyet', byName: 'Phạm Thu Hà', note: 'xau@example.com: Chửi bới' })]);
  });

  it('bans a commenter: their pending comments are rejected', async () => {
    const token = await login('kiemduyet');
    const spam = (await call(`/comments?queue=pending&q=vaynhanh%40example.net&pageSize=1000`, { token })).body.items as C[];
    expect(spam.length).toBeGreaterThan(0);
    const res = await call('/moderation/bans', { method: 'POST', token, body: { email: 'vaynhanh@example.net', reason: 'Quảng cáo', days: 30 } });
    expect(res.status).toBe(201);
    const left = (await call(`/comments?queue=pending&email=vaynhanh%40example.net`, { token })).body;
    expect(left.total).toBe(0);
  });
});
