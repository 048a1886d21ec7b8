import { createWordPressAdapter } from '@/api/adapters/wordpress';

type Wp = { id: number; post: number; date_gmt: string; content: { rendered: string }; status: string };

/** A WordPress site holding two comments; it answers the REST index, reads and status changes. */
function site(comments: Wp[]) {
  const writes: string[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    const route = url.pathname.replace(/^\/wp-json\/?/, '/');
    const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
    if (route === '/') return json({ namespaces: ['wp/v2'] });
    const match = /^\/wp\/v2\/comments\/(\d+)$/.exec(route);
    const found = match && comments.find((c) => c.id === Number(match[1]));
    if (!found) return new Response(JSON.stringify({ code: 'rest_comment_invalid_id', message: 'Invalid comment ID.' }), { status: 404 });
    if (init?.method === 'POST') {
      const { status } = JSON.parse(String(init.body)) as { status: string };
      writes.push(`${found.id}:${status}`);
      found.status = status === 'approved' ? 'approved' : status;
    }
    return json(found);
  };
  return { api: createWordPressAdapter({ baseUrl: 'https://wp.test/wp-json/', fetch }), writes };
}

describe('the WordPress adapter: bulk moderation', () => {
  it('checks each comment against the status it was seen in, refusing a stale one with the current comment', async () => {
    const comment = (id: number, status: string): Wp => ({ id, post: 1, date_gmt: '2026-11-20T03:00:00', content: { rendered: '<p>Hay</p>' }, status });
    // The first was approved elsewhere (spammed) after the moderator's list was loaded as pending.
    const { api, writes } = site([comment(11, 'spam'), comment(12, 'hold')]);
    const { results } = await api.comments.bulk(
      [
        { id: '11', version: 0 },
        { id: '12', version: 0 },
      ],
      'approve',
    );
    expect(results[0]).toMatchObject({ id: '11', ok: false, error: { code: 'already_moderated' }, comment: { id: '11', status: 'spam' } });
    expect(results[1]).toMatchObject({ id: '12', ok: true, comment: { status: 'approved' } });
    expect(writes).toEqual(['12:approved']);
  });
});
