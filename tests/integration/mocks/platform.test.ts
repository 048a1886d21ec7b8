import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { faults, server } from '@mocks/node';
import { BASE, call, login, startDemoServer } from './helpers';

startDemoServer();

describe('demo server: taxonomy, users, media', () => {
  it('serves categories, tags (diacritics-insensitive) and users', async () => {
    const token = await login('phongvien');
    const categories = (await call('/categories', { token })).body;
    expect(categories.length).toBeGreaterThanOrEqual(8);
    expect(categories.map((c: { name: string }) => c.name)).toContain('Xây dựng Đảng');
    const tags = (await call(`/tags?q=${encodeURIComponent('dang vien')}`, { token })).body;
    expect(tags).toContain('đảng viên');
    const users = (await call('/users', { token })).body;
    expect(users.length).toBeGreaterThanOrEqual(6);
    expect(users[0]).not.toHaveProperty('password');
  });

  it('uploads an image as multipart and refuses other files', async () => {
    const token = await login('phongvien');
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' }), 'anh.jpg');
    const res = await fetch(`${BASE}/media`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form });
    expect(res.status).toBe(201);
    const media = await res.json();
    expect(media.url).toMatch(/^https:\/\/demo\.local\/media\/media-\d+\.jpg$/);
    const text = new FormData();
    text.append('file', new Blob(['hello'], { type: 'text/plain' }), 'a.txt');
    const refused = await fetch(`${BASE}/media`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: text });
    expect(refused.status).toBe(422);
    expect((await refused.json()).error.fields).toEqual({ file: 'unsupported_type' });
  });
});

describe('demo server: faults and demo controls', () => {
  it('injects 429 with Retry-After and 5xx by a seeded profile, and can be switched off', async () => {
    const token = await login('phongvien');
    faults.configure({ rateLimitRate: 1, retryAfterSeconds: 7 });
    const limited = await call('/categories', { token });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    faults.configure({ rateLimitRate: 0, serverErrorRate: 1 });
    expect((await call('/categories', { token })).status).toBe(503);
    const viaApi = await call('/demo/faults', { method: 'PUT', token, body: { enabled: false } });
    expect(viaApi.body.enabled).toBe(false);
    expect((await call('/categories', { token })).status).toBe(200);
  });

  it('drops the connection when asked to', async () => {
    const token = await login('phongvien');
    faults.configure({ networkErrorRate: 1 });
    await expect(fetch(`${BASE}/categories`, { headers: { Authorization: `Bearer ${token}` } })).rejects.toThrow();
  });

  it('lets tests override one route with server.use()', async () => {
    const token = await login('phongvien');
    server.use(http.get('*/api/categories', () => HttpResponse.json({ error: { code: 'boom', message: 'x' } }, { status: 500 })));
    expect((await call('/categories', { token })).status).toBe(500);
  });

  it('resets the demo data, keeping the session', async () => {
    const token = await login('phongvien');
    const created = await call('/articles', { method: 'POST', token, body: { title: 'Tạm' } });
    expect((await call(`/articles/${created.body.id}`, { token })).status).toBe(200);
    expect((await call('/demo/reset', { method: 'POST', token })).status).toBe(204);
    expect((await call(`/articles/${created.body.id}`, { token })).status).toBe(404);
  });

  it('moves the clock through the demo API and takes reader comments, rejecting blocked ones', async () => {
    const token = await login('tongbientap');
    const before = (await call('/demo/clock', { token })).body.now;
    const after = (await call('/demo/clock', { method: 'PUT', token, body: { advanceMs: 86_400_000 } })).body.now;
    expect(Date.parse(after) - Date.parse(before)).toBeGreaterThanOrEqual(86_400_000);
    const published = (await call('/articles?status=published&pageSize=1', { token })).body.items[0];
    const ok = await call('/demo/comments', { method: 'POST', token, body: { articleId: published.id, authorName: 'Bạn đọc', body: 'Bài hay.' } });
    expect(ok.body.status).toBe('pending');
    await call('/moderation/bans', { method: 'POST', token, body: { email: 'xau@example.com', reason: 'Chửi bới' } });
    const banned = await call('/demo/comments', {
      method: 'POST',
      token,
      body: { articleId: published.id, authorName: 'X', email: 'xau@example.com', body: 'Lại là tôi.' },
    });
    expect(banned.body.status).toBe('rejected');
    const abusive = await call('/demo/comments', { method: 'POST', token, body: { articleId: published.id, authorName: 'Y', body: 'đ.m bọn này' } });
    expect(abusive.body).toMatchObject({ status: 'rejected', moderatedBy: 'system' });
    expect(abusive.body.flags[0]).toMatchObject({ severity: 'block', start: 0 });
    const suspect = await call('/demo/comments', { method: 'POST', token, body: { articleId: published.id, authorName: 'Z', body: 'Vay tiền nhanh, lãi thấp' } });
    expect(suspect.body.status).toBe('pending');
    expect(suspect.body.flags[0]).toMatchObject({ severity: 'suspect', term: 'vay tiền nhanh' });
  });
});
