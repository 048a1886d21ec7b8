import { createRestAdapter } from '@/api/adapters/rest';
import { articleDraftSchema } from '@/domain';
import { isApiError } from '@/api/errors';
import { faults, server, store } from '@mocks/node';
import { forgetIdempotencyKeys } from '@mocks/idempotency';
import { http } from 'msw';
import { loseFirstCreateAnswer } from '../lost-answer';
import { BASE, call, login, startDemoServer, validArticle } from './helpers';

startDemoServer();
beforeEach(() => forgetIdempotencyKeys());

const count = () => store.db.articles.length;
const create = (token: string, key: string | null, body: unknown = validArticle) =>
  call('/articles', { method: 'POST', token, body, headers: key ? { 'Idempotency-Key': key } : {} });

describe('POST /articles with Idempotency-Key', () => {
  it('a retry with the same key answers the first article instead of making a second', async () => {
    const token = await login('phongvien');
    const before = count();
    const first = await create(token, 'k-1');
    const again = await create(token, 'k-1');
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(count()).toBe(before + 1);
  });

  it('different keys, or no key, make different articles', async () => {
    const token = await login('phongvien');
    const before = count();
    const a = await create(token, 'k-a');
    const b = await create(token, 'k-b');
    const c = await create(token, null);
    expect(new Set([a.body.id, b.body.id, c.body.id]).size).toBe(3);
    expect(count()).toBe(before + 3);
  });

  it('refuses a key reused for another body, and keys are per user', async () => {
    const token = await login('phongvien');
    await create(token, 'k-2');
    const other = await create(token, 'k-2', { ...validArticle, title: 'Một tiêu đề khác' });
    expect(other.status).toBe(422);
    expect(other.body.error.code).toBe('idempotency_key_reused');
    const editor = await login('tongbientap');
    const theirs = await create(editor, 'k-2');
    expect(theirs.status).toBe(201);
    expect(theirs.headers.get('Idempotent-Replayed')).toBeNull();
  });

  it('a refused create is not remembered: the same key may try again', async () => {
    const token = await login('phongvien');
    const bad = await create(token, 'k-3', { ...validArticle, categoryId: 'no-such-category' });
    expect(bad.status).toBeGreaterThanOrEqual(400);
    const good = await create(token, 'k-3');
    expect(good.status).toBe(201);
  });
});

const draft = articleDraftSchema.parse(validArticle);

describe('the REST adapter under a lost answer', () => {
  it('sends one key per create and reuses it on retry: the first answer is lost, the retry gets the same article', async () => {
    const session = await createRestAdapter({ baseUrl: BASE }).auth.login({ username: 'phongvien', password: 'demo' });
    const api = createRestAdapter({ baseUrl: BASE });
    api.setToken(session.token);
    const keys: (string | null)[] = [];
    loseFirstCreateAnswer(keys);
    const before = count();
    const key = crypto.randomUUID();
    const lost = await api.articles.create(draft, { idempotencyKey: key }).catch((e: unknown) => e);
    expect(isApiError(lost) && lost.kind).toBe('network');
    expect(count()).toBe(before + 1);
    const retried = await api.articles.create(draft, { idempotencyKey: key });
    expect(count()).toBe(before + 1);
    expect(store.db.articles.filter((a) => a.id === retried.id)).toHaveLength(1);
    expect(keys).toEqual([key]);
  });

  it('makes up a key when the caller gives none', async () => {
    const seen: (string | null)[] = [];
    server.use(http.post('*/api/articles', ({ request }) => void seen.push(request.headers.get('idempotency-key'))));
    const api = createRestAdapter({ baseUrl: BASE });
    api.setToken((await api.auth.login({ username: 'phongvien', password: 'demo' })).token);
    await api.articles.create(draft);
    await api.articles.create(draft);
    expect(seen[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(seen[1]).not.toBe(seen[0]);
  });

  it('the chaos profile can lose an answer after the server acted', async () => {
    const token = await login('phongvien');
    faults.configure({ lostResponseRate: 1, paths: ['/articles'] });
    const before = count();
    await expect(create(token, 'k-lost')).rejects.toThrow();
    expect(count()).toBe(before + 1);
    faults.disable();
    const retry = await create(token, 'k-lost');
    expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
    expect(count()).toBe(before + 1);
  });
});
