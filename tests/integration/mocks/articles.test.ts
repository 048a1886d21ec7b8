import { describe, expect, it } from 'vitest';
import { call, login, startDemoServer, validArticle } from './helpers';

startDemoServer();

async function createDraft(token: string, body: object = validArticle) {
  const res = await call('/articles', { method: 'POST', token, body });
  expect(res.status).toBe(201);
  return res.body;
}

describe('demo server: articles', () => {
  it('creates a draft owned by the caller, with version 1, a history entry and a revision', async () => {
    const token = await login('phongvien');
    const article = await createDraft(token);
    expect(article).toMatchObject({ status: 'draft', authorId: 'u-phongvien', version: 1, source: 'Thanhuytphcm.vn' });
    const history = await call(`/articles/${article.id}/history`, { token });
    expect(history.body).toEqual([expect.objectContaining({ action: 'create', from: null, to: 'draft', by: 'u-phongvien' })]);
    const revisions = await call(`/articles/${article.id}/revisions`, { token });
    expect(revisions.body).toHaveLength(1);
  });

  it('answers 422 with fields keyed by domain path', async () => {
    const token = await login('phongvien');
    const res = await call('/articles', {
      method: 'POST',
      token,
      body: { title: 'x'.repeat(151), slug: 'Không Hợp Lệ', featuredImage: { url: 'u', caption: '', alt: 'a' } },
    });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('validation');
    expect(res.body.error.fields).toMatchObject({ title: 'too_long', slug: 'slug_format', 'featuredImage.caption': 'required' });
  });

  it('refuses a featured photo an <img> may not load (422), and keeps one it may', async () => {
    const token = await login('phongvien');
    for (const url of ['javascript:alert(1)', ' JaVa\tScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)']) {
      const res = await call('/articles', { method: 'POST', token, body: { ...validArticle, featuredImage: { url, caption: 'Ảnh', alt: 'Ảnh' } } });
      expect(res.status, url).toBe(422);
      expect(res.body.error.fields).toMatchObject({ 'featuredImage.url': 'unsafe_url' });
    }
    const ok = await createDraft(token, { ...validArticle, featuredImage: { url: 'https://thanhuytphcm.vn/a.jpg', caption: 'Ảnh', alt: 'Ảnh' } });
    expect(ok.featuredImage.url).toBe('https://thanhuytphcm.vn/a.jpg');
  });

  it('refuses a moderator writing articles (403) and hides other reporters\' drafts', async () => {
    const moderator = await login('kiemduyet');
    expect((await call('/articles', { method: 'POST', token: moderator, body: validArticle })).status).toBe(403);
    const mai = await login('phongvien');
    const draft = await createDraft(mai);
    const hung = await login('phongvien2');
    expect((await call(`/articles/${draft.id}`, { token: hung })).status).toBe(403);
    const list = await call('/articles?pageSize=100&status=draft', { token: hung });
    expect(list.body.items.every((a: { authorId: string }) => a.authorId === 'u-phongvien2')).toBe(true);
    const eic = await login('tongbientap');
    expect((await call(`/articles/${draft.id}`, { token: eic })).status).toBe(200);
  });

  it('needs If-Match on PATCH (428) and answers a stale version with 412 and the current article', async () => {
    const token = await login('phongvien');
    const draft = await createDraft(token);
    expect((await call(`/articles/${draft.id}`, { method: 'PATCH', token, body: { title: 'Mới' } })).status).toBe(428);
    const saved = await call(`/articles/${draft.id}`, { method: 'PATCH', token, body: { title: 'Bản thứ hai' }, headers: { 'If-Match': '1' } });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(2);
    const stale = await call(`/articles/${draft.id}`, { method: 'PATCH', token, body: { title: 'Bản cũ' }, headers: { 'If-Match': '1' } });
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe('version_conflict');
    expect(stale.body.error.current).toMatchObject({ id: draft.id, version: 2, title: 'Bản thứ hai' });
  });

  it('refuses another reporter editing (403) and slugs taken by another article (422)', async () => {
    const mai = await login('phongvien');
    const draft = await createDraft(mai, { ...validArticle, slug: 'bai-mot' });
    const hung = await login('phongvien2');
    const other = await createDraft(hung);
    const taken = await call(`/articles/${other.id}`, { method: 'PATCH', token: hung, body: { slug: 'bai-mot' }, headers: { 'If-Match': '1' } });
    expect(taken.status).toBe(422);
    expect(taken.body.error.fields).toEqual({ slug: 'slug_taken' });
    const eic = await login('tongbientap');
    await call(`/articles/${draft.id}/transitions`, { method: 'POST', token: mai, body: { action: 'submit', version: 1 } });
    const foreign = await call(`/articles/${draft.id}`, { method: 'PATCH', token: hung, body: { title: 'x' }, headers: { 'If-Match': '2' } });
    expect(foreign.status).toBe(403);
    const available = await call('/articles/slug-available?slug=bai-mot', { token: eic });
    expect(available.body).toEqual({ available: false });
    const own = await call(`/articles/slug-available?slug=bai-mot&exceptId=${draft.id}`, { token: eic });
    expect(own.body).toEqual({ available: true });
  });

  it('deletes own drafts with If-Match', async () => {
    const token = await login('phongvien');
    const draft = await createDraft(token);
    expect((await call(`/articles/${draft.id}`, { method: 'DELETE', token, headers: { 'If-Match': '0' } })).status).toBe(412);
    expect((await call(`/articles/${draft.id}`, { method: 'DELETE', token, headers: { 'If-Match': '1' } })).status).toBe(204);
    expect((await call(`/articles/${draft.id}`, { token })).status).toBe(404);
  });
});

describe('demo server: article search and lists', () => {
  it('finds `Quận 8` with `quan 8` and `Đảng bộ` with `dang bo`', async () => {
    const token = await login('tongbientap');
    const quan = await call('/articles?q=quan%208&pageSize=100', { token });
    expect(quan.body.total).toBeGreaterThan(0);
    // Every word must match; whole-phrase matches rank first.
    const exact = quan.body.items.map((a: { title: string; sapo: string }) => /quận 8\b/i.test(`${a.title} ${a.sapo}`));
    expect(exact[0]).toBe(true);
    expect(exact.indexOf(false) === -1 || exact.lastIndexOf(true) < exact.indexOf(false)).toBe(true);
    const dang = await call(`/articles?q=${encodeURIComponent('dang bo')}&pageSize=100`, { token });
    expect(dang.body.total).toBeGreaterThan(0);
    expect(dang.body.items[0].title + dang.body.items[0].sapo).toMatch(/Đảng bộ/);
  });

  it('ranks exact tone-marked matches first', async () => {
    const token = await login('phongvien');
    const plain = await createDraft(token, { ...validArticle, title: 'Quan 8 khong dau trong tieu de', sapo: 'Khong dau.' });
    const q = encodeURIComponent('Quận 8');
    const res = await call(`/articles?q=${q}&pageSize=100&sort=updatedAt:desc`, { token });
    const ids = res.body.items.map((a: { id: string }) => a.id);
    expect(ids).toContain(plain.id);
    const lastExact = Math.max(...res.body.items.map((a: { title: string }, i: number) => (a.title.includes('Quận 8') ? i : -1)));
    expect(lastExact).toBeGreaterThan(0);
    expect(ids.indexOf(plain.id)).toBeGreaterThan(lastExact);
    expect(res.body.items[0].title).toContain('Quận 8');
  });

  it('filters by status, category and author, sorts and paginates with a total', async () => {
    const token = await login('tongbientap');
    const page1 = await call('/articles?status=published,scheduled&pageSize=5&sort=createdAt:asc', { token });
    expect(page1.body.items).toHaveLength(5);
    expect(page1.body.total).toBe(27);
    expect(page1.body.items[0]).not.toHaveProperty('body');
    const created = page1.body.items.map((a: { createdAt: string }) => a.createdAt);
    expect([...created].sort()).toEqual(created);
    const page6 = await call('/articles?status=published,scheduled&pageSize=5&page=6&sort=createdAt:asc', { token });
    expect(page6.body.items).toHaveLength(2);
    const mine = await call('/articles?authorId=u-phongvien2&categoryId=cat-kinh-te&pageSize=100', { token });
    expect(mine.body.items.every((a: { authorId: string; categoryId: string }) => a.authorId === 'u-phongvien2' && a.categoryId === 'cat-kinh-te')).toBe(true);
    const bad = await call('/articles?status=nonsense', { token });
    expect(bad.status).toBe(400);
  });
});
