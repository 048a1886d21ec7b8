import { z } from 'zod';
import type { CommentTrends, NewsroomApi } from '../../port';
import type { WpContext } from './context';
import { decodeEntities, gmtToIso, isoToGmt } from './text';

const HOUR = 3_600_000;
const PAGE = 100;
/** Enough for a busy site's two days; beyond it the counts are a lower bound rather than a slow page. */
const MAX_PAGES = 10;
// `after` may be read in the site's own zone (no zone in WordPress dates): ask from earlier than any
// offset and keep the exact window here, from `date_gmt`.
const ZONE_MARGIN = 14 * HOUR;

const stampSchema = z.object({ post: z.number(), date_gmt: z.string() });
const titleSchema = z.object({ id: z.number(), title: z.object({ rendered: z._default(z.string(), '') }) });

/**
 * `comments.trending` from wp/v2/comments: the comments of the last two windows (held and approved;
 * WordPress leaves spam and trash out of `status=all`), counted per post here.
 */
export function trendingApi(ctx: WpContext): Pick<NewsroomApi['comments'], 'trending'> {
  const { http } = ctx;
  return {
    async trending({ hours, limit }, signal): Promise<CommentTrends> {
      const now = ctx.now().getTime();
      const window = hours * HOUR;
      const after = isoToGmt(new Date(now - 2 * window - ZONE_MARGIN).toISOString());
      const stamps: z.infer<typeof stampSchema>[] = [];
      for (let page = 1; page <= MAX_PAGES; page++) {
        const { data, total } = await http.json('GET', 'wp/v2/comments', z.array(stampSchema), {
          query: { status: 'all', after, page, per_page: PAGE, orderby: 'date_gmt', order: 'desc', _fields: 'post,date_gmt' },
          signal,
        });
        stamps.push(...data);
        if (data.length < PAGE || (total !== null && page * PAGE >= total)) break;
      }
      const tally = new Map<number, { recent: number; previous: number }>();
      for (const s of stamps) {
        const age = now - Date.parse(gmtToIso(s.date_gmt) ?? '');
        if (!(age >= 0 && age < 2 * window)) continue;
        const row = tally.get(s.post) ?? { recent: 0, previous: 0 };
        row[age < window ? 'recent' : 'previous'] += 1;
        tally.set(s.post, row);
      }
      const top = [...tally]
        .filter(([, r]) => r.recent > r.previous)
        .sort(([a, x], [b, y]) => y.recent - y.previous - (x.recent - x.previous) || y.recent - x.recent || a - b)
        .slice(0, limit);
      const titles = new Map<number, string>();
      if (top.length > 0) {
        const { data } = await http.json('GET', 'wp/v2/posts', z.array(titleSchema), {
          query: { include: top.map(([id]) => id), per_page: top.length, _fields: 'id,title' },
          signal,
        });
        for (const p of data) titles.set(p.id, decodeEntities(p.title.rendered));
      }
      return {
        hours,
        until: new Date(now).toISOString(),
        items: top.map(([id, r]) => ({ articleId: String(id), articleTitle: titles.get(id) ?? '', ...r })),
      };
    },
  };
}
