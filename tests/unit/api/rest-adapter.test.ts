import { createRestAdapter } from '@/api/adapters/rest';
import { ApiError } from '@/api/errors';

type Call = { url: string; init: RequestInit };

/** A recording `fetch` answering from a list, so each test states the wire it expects. */
function fakeFetch(...answers: (Response | Error | DOMException)[]) {
  const calls: Call[] = [];
  const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(input), init });
    const next = answers.shift();
    if (!next) throw new Error(`unexpected request ${String(input)}`);
    if (next instanceof Response) return next;
    throw next;
  }) as typeof globalThis.fetch;
  return { fetch, calls, header: (i: number, name: string) => new Headers(calls[i].init.headers).get(name) };
}
const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

const user = { id: 'u1', username: 'phongvien', name: 'Phóng viên', roles: ['reporter'] };
const article = {
  id: 'a 1', title: 'T', sapo: 'S', body: { type: 'doc' }, slug: 't', categoryId: 'c1', tags: [], authorId: 'u1', byline: '', source: '',
  featuredImage: null, relatedIds: [], seoTitle: '', seoDescription: '', status: 'draft', scheduledAt: null, publishedAt: null,
  createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z', version: 3,
};

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    return error as ApiError;
  }
  throw new Error('expected a rejection');
}

describe('the rest adapter', () => {
  it('sends the bearer token once set, and stops when cleared', async () => {
    const f = fakeFetch(json(user), json(user));
    const api = createRestAdapter({ baseUrl: 'https://news.example/api/', fetch: f.fetch });
    api.setToken('tok');
    await api.auth.me();
    api.setToken(null);
    await api.auth.me();
    expect(f.calls[0].url).toBe('https://news.example/api/auth/me');
    expect(f.header(0, 'Authorization')).toBe('Bearer tok');
    expect(f.header(1, 'Authorization')).toBeNull();
  });

  it('resolves a relative base URL against the page', async () => {
    const f = fakeFetch(json([]));
    await createRestAdapter({ baseUrl: '/api', fetch: f.fetch }).taxonomy.categories();
    expect(f.calls[0].url).toBe(`${location.origin}/api/categories`);
  });

  it('writes list filters as the contract’s query string', async () => {
    const f = fakeFetch(json({ items: [], total: 0 }));
    const api = createRestAdapter({ baseUrl: 'http://x/api', fetch: f.fetch });
    await api.articles.list({ page: 2, pageSize: 20, sort: 'createdAt:asc', status: ['draft', 'in_review'], q: '  quận 8 ', authorId: '' });
    const url = new URL(f.calls[0].url);
    expect(url.pathname).toBe('/api/articles');
    expect(Object.fromEntries(url.searchParams)).toEqual({ page: '2', pageSize: '20', sort: 'createdAt:asc', status: 'draft,in_review', q: 'quận 8' });
  });

  it('sends If-Match with the version on update and delete, and encodes ids', async () => {
    const f = fakeFetch(json({ ...article, version: 4 }), new Response(null, { status: 204 }));
    const api = createRestAdapter({ baseUrl: 'http://x/api', fetch: f.fetch });
    const updated = await api.articles.update('a 1', { title: 'T2' }, 3);
    await api.articles.remove('a 1', 4);
    expect(updated.version).toBe(4);
    expect(f.calls[0]).toMatchObject({ url: 'http://x/api/articles/a%201', init: { method: 'PATCH', body: '{"title":"T2"}' } });
    expect(f.header(0, 'If-Match')).toBe('3');
    expect(f.header(0, 'Content-Type')).toBe('application/json');
    expect(f.calls[1].init.method).toBe('DELETE');
    expect(f.header(1, 'If-Match')).toBe('4');
  });

  it('turns a stale write into a conflict carrying the current article', async () => {
    const f = fakeFetch(json({ error: { code: 'stale', message: 'Stale', current: { ...article, version: 9 } } }, 412));
    const error = await caught(createRestAdapter({ baseUrl: 'http://x', fetch: f.fetch }).articles.update('a 1', {}, 3));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.kind).toBe('conflict');
    expect((error.current as { version: number }).version).toBe(9);
  });

  it('reports a rate limit with its Retry-After', async () => {
    const f = fakeFetch(json({ error: { code: 'rate_limited', message: 'Slow down' } }, 429, { 'Retry-After': '12' }));
    const error = await caught(createRestAdapter({ baseUrl: 'http://x', fetch: f.fetch }).taxonomy.categories());
    expect(error).toMatchObject({ kind: 'rate_limited', retryAfter: 12, transient: true });
  });

  it('turns a request that got no answer into a network error', async () => {
    const f = fakeFetch(new TypeError('Failed to fetch'));
    const error = await caught(createRestAdapter({ baseUrl: 'http://x/api', fetch: f.fetch }).auth.me());
    expect(error).toBeInstanceOf(ApiError);
    expect(error.kind).toBe('network');
    expect(error.message).toContain('http://x/api/auth/me');
  });

  it('re-throws an abort as it is', async () => {
    const abort = new DOMException('The operation was aborted.', 'AbortError');
    const f = fakeFetch(abort);
    const controller = new AbortController();
    controller.abort();
    const error = await caught(createRestAdapter({ baseUrl: 'http://x', fetch: f.fetch }).articles.get('a', controller.signal));
    expect(error).toBe(abort);
    expect(f.calls[0].init.signal).toBe(controller.signal);
  });

  it('refuses an answer that does not match the domain schema', async () => {
    const f = fakeFetch(json({ items: [{ id: 1 }], total: 1 }), new Response('<html></html>', { status: 200 }));
    const api = createRestAdapter({ baseUrl: 'http://x', fetch: f.fetch });
    const wrongShape = await caught(api.articles.list({ page: 1, pageSize: 20, sort: 'updatedAt:desc' }));
    expect(wrongShape).toMatchObject({ kind: 'server', code: 'malformed_response', status: 200 });
    expect(wrongShape.message).toMatch(/^Unexpected response from GET \/articles: items\.0\.id: /);
    const notJson = await caught(api.users.list());
    expect(notJson.message).toBe('Unexpected response from GET /users: the body is not JSON');
  });

  it('sends transitions as the contract’s body and parses the article', async () => {
    const f = fakeFetch(json({ ...article, status: 'in_review', version: 4 }));
    const api = createRestAdapter({ baseUrl: 'http://x', fetch: f.fetch });
    const result = await api.articles.transition('a 1', 'request_changes', { version: 3, note: 'Thiếu nguồn', reasonCodes: ['missing_source'] });
    expect(result.status).toBe('in_review');
    expect(JSON.parse(String(f.calls[0].init.body))).toEqual({ action: 'request_changes', version: 3, note: 'Thiếu nguồn', reasonCodes: ['missing_source'] });
  });

  it('restores a revision through its own route, with If-Match', async () => {
    const f = fakeFetch(json({ ...article, version: 8 }));
    const api = createRestAdapter({ baseUrl: 'http://x', fetch: f.fetch });
    expect((await api.articles.restoreRevision('a 1', 2, 7)).version).toBe(8);
    expect(f.calls[0].url).toBe('http://x/articles/a%201/revisions/2/restore');
    expect(f.calls[0].init.method).toBe('POST');
    expect(f.header(0, 'If-Match')).toBe('7');
  });

  it('unwraps slug availability and offers the demo group only in demo mode', async () => {
    const f = fakeFetch(json({ available: false }));
    const api = createRestAdapter({ baseUrl: 'http://x', fetch: f.fetch });
    expect(await api.articles.slugAvailable('quan-8', 'a1')).toBe(false);
    expect(new URL(f.calls[0].url).search).toBe('?slug=quan-8&exceptId=a1');
    expect(api.demo).toBeUndefined();
    expect(api.capabilities.demoReset).toBe(false);
    const demo = createRestAdapter({ baseUrl: 'http://x', demo: true });
    expect(demo.demo).toBeDefined();
    expect(demo.capabilities).toMatchObject({ demoReset: true, revisions: true, locks: true });
    expect(demo.capabilities.statuses).toHaveLength(7);
  });
});
