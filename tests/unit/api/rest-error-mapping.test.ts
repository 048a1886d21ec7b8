// @vitest-environment node
import { toApiError, parseCurrent } from '@/api/adapters/rest/mapper';
import { parseRetryAfter } from '@/api/http';
import type { Article, Comment } from '@/domain';

const article = {
  id: 'a1', title: 'Quận 8', sapo: 'Sapo', body: { type: 'doc', content: [] }, slug: 'quan-8', categoryId: 'c1', tags: [],
  authorId: 'u1', byline: '', source: 'Thanhuytphcm.vn', featuredImage: null, relatedIds: [], seoTitle: '', seoDescription: '',
  status: 'draft', scheduledAt: null, publishedAt: null, createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-02T00:00:00Z', version: 4,
};
const comment = {
  id: 'c1', articleId: 'a1', parentId: null, authorName: 'Bạn đọc', ipHash: 'x', body: 'Hay', createdAt: '2024-01-01T00:00:00Z',
  status: 'approved', reports: 0, staffReply: false, version: 2, moderatedBy: 'u3',
};

function respond(status: number, body: unknown, headers: Record<string, string> = {}) {
  const h = new Headers(headers);
  return {
    status,
    header: (n: string) => h.get(n),
    bodyText: typeof body === 'string' ? body : JSON.stringify(body),
    request: 'PATCH /articles/a1',
  };
}
const errorBody = (code: string, extra: Record<string, unknown> = {}) => ({ error: { code, message: `msg ${code}`, ...extra } });

describe('REST errors → ApiError', () => {
  it.each([
    [400, 'validation'],
    [422, 'validation'],
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not_found'],
    [409, 'conflict'],
    [412, 'conflict'],
    [423, 'conflict'],
    [429, 'rate_limited'],
    [500, 'server'],
    [503, 'server'],
  ])('HTTP %i is %s, with the code and message of the body', (status, kind) => {
    const error = toApiError(respond(status, errorBody('some_code')));
    expect(error).toMatchObject({ kind, status, code: 'some_code', message: 'msg some_code' });
  });

  it('carries per-field messages keyed by domain path', () => {
    const error = toApiError(respond(422, errorBody('invalid', { fields: { title: 'too_long', 'featuredImage.alt': 'required' } })));
    expect(error.fields).toEqual({ title: 'too_long', 'featuredImage.alt': 'required' });
  });

  it('gives the current article on a stale version (412), parsed by the domain schema', () => {
    const error = toApiError(respond(412, errorBody('stale', { current: article })));
    const current = error.current as Article;
    expect(current.version).toBe(4);
    expect(current.commentCount).toBe(0); // domain defaults applied: it went through articleSchema
  });

  it('gives the current comment when someone else moderated it first (409)', () => {
    const error = toApiError(respond(409, errorBody('already_moderated', { current: comment })));
    expect((error.current as Comment).moderatedBy).toBe('u3');
    expect((error.current as Comment).flags).toEqual([]);
  });

  it('keeps an unrecognised current as it is, and drops current outside conflicts', () => {
    expect(parseCurrent({ odd: true })).toEqual({ odd: true });
    expect(toApiError(respond(403, errorBody('no', { current: article }))).current).toBeUndefined();
  });

  it('reads Retry-After in seconds and as an HTTP date', () => {
    expect(toApiError(respond(429, errorBody('slow'), { 'Retry-After': '7' })).retryAfter).toBe(7);
    const now = Date.parse('2024-05-14T10:00:00Z');
    const dated = toApiError(respond(429, errorBody('slow'), { 'Retry-After': 'Tue, 14 May 2024 10:00:30 GMT' }), now);
    expect(dated.retryAfter).toBe(30);
    expect(toApiError(respond(429, errorBody('slow'))).retryAfter).toBeUndefined();
  });

  it('describes an error whose body is not the contract’s (a proxy’s HTML page)', () => {
    const error = toApiError({ ...respond(502, '<html>Bad gateway</html>'), statusText: 'Bad Gateway' });
    expect(error).toMatchObject({ kind: 'server', status: 502, code: 'http_error' });
    expect(error.message).toBe('PATCH /articles/a1 failed: HTTP 502 Bad Gateway');
    expect(error.transient).toBe(true);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2024-05-14T10:00:00Z');
  it.each([
    ['120', 120],
    [' 0 ', 0],
    ['Tue, 14 May 2024 10:01:00 GMT', 60],
    ['Tue, 14 May 2024 09:00:00 GMT', 0],
    ['soon', undefined],
    ['', undefined],
    [null, undefined],
  ])('%j → %j', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});
