import { toApiError } from '@/api/adapters/wordpress/errors';
import { rolesOf, toComment, toSummary, versionOf } from '@/api/adapters/wordpress/mapper';
import { gmtToIso, isoToGmt } from '@/api/adapters/wordpress/text';
import { apiRootFromLink, routeUrl } from '@/api/adapters/wordpress/transport';
import { wpCommentSchema, wpPostSchema } from '@/api/adapters/wordpress/wire';

const wpError = (status: number, code: string, message = '', params?: Record<string, string>) =>
  toApiError({ status, bodyText: JSON.stringify({ code, message, data: { status, ...(params ? { params } : {}) } }), request: 'POST wp/v2/posts' });

describe('WordPress errors', () => {
  it('treats every bad-credential answer of 6.1 as unauthorized', () => {
    for (const code of ['rest_not_logged_in', 'incorrect_password', 'invalid_username']) {
      expect(wpError(401, code)).toMatchObject({ kind: 'unauthorized', code, message: expect.stringContaining('application password') });
    }
  });

  it('explains rest_cannot_publish, maps ids and params', () => {
    expect(wpError(403, 'rest_cannot_publish', 'Sorry, you are not allowed to publish posts in this post type.')).toMatchObject({ kind: 'forbidden', message: expect.stringContaining('submit the article for review') });
    expect(wpError(404, 'rest_post_invalid_id')).toMatchObject({ kind: 'not_found' });
    expect(wpError(400, 'rest_invalid_param', 'Invalid parameter(s): excerpt', { excerpt: 'excerpt is not of type string.' }).fields).toEqual({ sapo: 'excerpt is not of type string.' });
    expect(wpError(409, 'comment_duplicate')).toMatchObject({ kind: 'validation' });
    expect(wpError(500, 'db_error', 'Lỗi &amp; lỗi')).toMatchObject({ kind: 'server', message: 'Lỗi & lỗi' });
  });

  it('survives a body that is not a WordPress error', () => {
    expect(toApiError({ status: 502, bodyText: '<html>Bad gateway</html>', request: 'GET wp/v2/posts' })).toMatchObject({ kind: 'server', status: 502 });
  });
});

describe('WordPress resources → domain', () => {
  it('derives roles from capabilities', () => {
    expect(rolesOf({ publish_posts: true, edit_others_posts: true, moderate_comments: true })).toEqual(['editor_in_chief']);
    expect(rolesOf({ publish_posts: true })).toEqual(['editor_in_chief']);
    expect(rolesOf({ edit_posts: true, moderate_comments: true })).toEqual(['moderator']);
    expect(rolesOf({ edit_posts: true })).toEqual(['reporter']);
    expect(rolesOf(undefined)).toEqual(['reporter']);
  });

  const post = (over: Record<string, unknown> = {}) =>
    wpPostSchema.parse({
      id: 7, date_gmt: '2026-11-26T02:00:00', modified_gmt: '2026-11-26T02:05:09', slug: '', status: 'pending', author: 4,
      title: { raw: 'Giá xăng "giảm"', rendered: 'Giá xăng &#8220;giảm&#8221;' }, excerpt: { raw: 'Sapo', rendered: '<p>Sapo</p>\n' },
      content: { raw: '<!-- wp:paragraph -->\n<p>Một hai ba</p>\n<!-- /wp:paragraph -->', rendered: '<p>Một hai ba</p>' },
      categories: [3], tags: [], featured_media: 0, meta: { newsroom_version: 12 }, ...over,
    });

  it('maps a post: raw fields, status, UTC dates, a version that grows within one second', () => {
    expect(toSummary(post())).toMatchObject({ id: '7', title: 'Giá xăng "giảm"', sapo: 'Sapo', status: 'in_review', categoryId: '3', authorId: '4', updatedAt: '2026-11-26T02:05:09.000Z', wordCount: 3 });
    expect(versionOf(post({ meta: { newsroom_version: 13 } }))).toBe(versionOf(post()) + 1);
    expect(versionOf(post({ modified_gmt: '2026-11-26T02:05:10', meta: [] }))).toBeGreaterThan(versionOf(post()));
    expect(toSummary(post({ title: { rendered: 'A &#8211; B' } }))?.title).toBe('A – B');
    expect(toSummary(post({ status: 'trash' }))).toBeNull();
  });

  it("takes the submission time from the companion's history, not from the last change", () => {
    const entry = (action: string, from: string, to: string, at: string) => ({ action, from, to, by: '4', at, note: '', reasonCodes: [] });
    const history = [
      entry('submit', 'draft', 'in_review', '2026-11-25T01:00:00.000Z'),
      entry('request_changes', 'in_review', 'changes_requested', '2026-11-25T03:00:00.000Z'),
      entry('submit', 'changes_requested', 'in_review', '2026-11-25T08:00:00.000Z'),
    ];
    const meta = { newsroom_version: 12, newsroom_workflow: JSON.stringify({ stage: '', reason: null, history }) };
    expect(toSummary(post({ meta }))).toMatchObject({ status: 'in_review', submittedAt: '2026-11-25T08:00:00.000Z', updatedAt: '2026-11-26T02:05:09.000Z' });
    expect(toSummary(post())?.submittedAt).toBeNull();
  });

  it('maps comments: approve vs approved, trash as rejected, staff replies', () => {
    const c = (status: string, author = 0) =>
      toComment(wpCommentSchema.parse({ id: 3, post: 4, parent: 0, author, author_name: 'An', author_ip: '203.0.113.7', date_gmt: '2026-11-26T01:00:00', content: { raw: 'Hay & đúng', rendered: '<p>Hay &amp; đúng</p>' }, status }));
    expect(c('hold')).toMatchObject({ status: 'pending', body: 'Hay & đúng', staffReply: false, parentId: null, ipHash: expect.stringMatching(/^[0-9a-f]{8}$/) });
    expect(c('approved').status).toBe('approved');
    expect(c('spam').status).toBe('spam');
    expect(c('trash', 2)).toMatchObject({ status: 'rejected', staffReply: true });
    expect(c('hold').version).not.toBe(c('approved').version);
  });

  it('converts dates and builds routes in both URL forms', () => {
    expect(gmtToIso('2026-11-26T09:21:07')).toBe('2026-11-26T09:21:07.000Z');
    expect(gmtToIso('0000-00-00T00:00:00')).toBeNull();
    expect(isoToGmt('2026-12-01T08:30:00+07:00')).toBe('2026-12-01T01:30:00');
    expect(routeUrl({ url: 'http://wp.test/wp-json/', form: 'path' }, 'wp/v2/posts', { status: ['draft', 'pending'], page: 2, q: undefined })).toBe('http://wp.test/wp-json/wp/v2/posts?status=draft%2Cpending&page=2');
    expect(routeUrl({ url: 'http://wp.test/', form: 'query' }, 'wp/v2/posts', { per_page: 5 })).toBe('http://wp.test/?rest_route=%2Fwp%2Fv2%2Fposts&per_page=5');
    expect(apiRootFromLink('<http://wp.test/wp-json/>; rel="https://api.w.org/"')).toBe('http://wp.test/wp-json/');
    expect(apiRootFromLink('<http://wp.test/?p=1>; rel="shortlink"')).toBeNull();
  });
});
