import { createWordPressAdapter } from '@/api/adapters/wordpress';

const NOW = Date.parse('2026-11-20T03:00:00Z');
const HOUR = 3_600_000;
/** WordPress writes `date_gmt` without a zone. */
const gmt = (hoursAgo: number) => new Date(NOW - hoursAgo * HOUR).toISOString().slice(0, 19);

/** A site answering the REST index, two pages of comment stamps and the posts' titles. */
function site(stamps: { post: number; date_gmt: string }[]) {
  const calls: URL[] = [];
  const fetch = (async (input: RequestInfo | URL) => {
    const url = new URL(String(input));
    calls.push(url);
    const json = (body: unknown, headers: Record<string, string> = {}) => new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json', ...headers } });
    if (url.pathname === '/wp-json/') return json({ namespaces: ['wp/v2'] });
    if (url.pathname === '/wp-json/wp/v2/comments') {
      const page = Number(url.searchParams.get('page'));
      const size = Number(url.searchParams.get('per_page'));
      return json(stamps.slice((page - 1) * size, page * size), { 'X-WP-Total': String(stamps.length) });
    }
    if (url.pathname === '/wp-json/wp/v2/posts') {
      const ids = (url.searchParams.get('include') ?? '').split(',').map(Number);
      return json(ids.map((id) => ({ id, title: { rendered: `Bài &#8220;${id}&#8221;` } })));
    }
    return new Response('{}', { status: 404 });
  }) as typeof globalThis.fetch;
  return { calls, api: createWordPressAdapter({ baseUrl: 'https://wp.test/wp-json/', fetch, now: () => new Date(NOW) }) };
}

describe('WordPress: fastest-growing comment counts from wp/v2/comments', () => {
  it('counts the last 24 h against the 24 h before, per post, over every page', async () => {
    const stamps = [
      ...Array.from({ length: 120 }, () => ({ post: 7, date_gmt: gmt(2) })),
      ...Array.from({ length: 30 }, () => ({ post: 7, date_gmt: gmt(30) })),
      ...Array.from({ length: 5 }, () => ({ post: 9, date_gmt: gmt(23.5) })),
      ...Array.from({ length: 9 }, () => ({ post: 11, date_gmt: gmt(40) })),
      { post: 11, date_gmt: gmt(1) },
      // Older than both windows: asked for by the zone margin, left out of the counts.
      ...Array.from({ length: 50 }, () => ({ post: 13, date_gmt: gmt(50) })),
    ];
    const { api, calls } = site(stamps);
    expect(api.capabilities.commentTrends).toBe(true);
    expect(api.capabilities.articleStats).toBe(false);
    expect(api.articles.stats).toBeUndefined();

    const trends = await api.comments.trending!({ hours: 24, limit: 5 });
    expect(trends).toEqual({
      hours: 24,
      until: new Date(NOW).toISOString(),
      items: [
        { articleId: '7', articleTitle: 'Bài “7”', recent: 120, previous: 30 },
        { articleId: '9', articleTitle: 'Bài “9”', recent: 5, previous: 0 },
      ],
    });
    const pages = calls.filter((u) => u.pathname.endsWith('/comments'));
    expect(pages.map((u) => u.searchParams.get('page'))).toEqual(['1', '2', '3']);
    expect(pages[0].searchParams.get('status')).toBe('all');
    expect(Date.parse(`${pages[0].searchParams.get('after')}Z`)).toBeLessThanOrEqual(NOW - 48 * HOUR);
  });

  it('asks for no titles when nothing grew', async () => {
    const { api, calls } = site([{ post: 3, date_gmt: gmt(30) }]);
    await expect(api.comments.trending!({ hours: 24, limit: 5 })).resolves.toMatchObject({ items: [] });
    expect(calls.some((u) => u.pathname.endsWith('/posts'))).toBe(false);
  });
});
