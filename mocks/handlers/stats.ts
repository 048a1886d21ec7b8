import { http } from 'msw';
import { articleStatsQuerySchema, commentTrendsQuerySchema } from '@/api/schemas-stats';
import { clock } from '../clock';
import { authed, json, pathFor } from '../http';
import { requireModerator } from '../services/comments';
import { articleStats, commentTrends, requireEditorInChief } from '../services/stats';
import { store } from '../store';
import { parseQuery } from './query';

/** The dashboards' figures. Mounted before `/articles/:id` and `/comments/:id`, which would take these paths. */
export function statsHandlers(baseUrl: string) {
  const p = (path: string) => pathFor(baseUrl, path);
  return [
    http.get(
      p('/articles/stats'),
      authed(({ url, user }) => {
        requireEditorInChief(user);
        const { days } = parseQuery(url, articleStatsQuerySchema);
        return json(articleStats(store.db, days, clock.now().getTime()));
      }),
    ),
    http.get(
      p('/comments/trending'),
      authed(({ url, user }) => {
        requireModerator(user);
        const { hours, limit } = parseQuery(url, commentTrendsQuerySchema);
        return json(commentTrends(store.db, hours, limit, clock.now().getTime()));
      }),
    ),
  ];
}
