import { http } from 'msw';
import { compareVietnamese, fold } from '@/domain';
import { authed, json, pathFor } from '../http';
import { store } from '../store';

export function taxonomyHandlers(baseUrl: string) {
  const p = (path: string) => pathFor(baseUrl, path);
  return [
    http.get(
      p('/categories'),
      authed(() => json(store.db.categories)),
    ),
    http.get(
      p('/tags'),
      authed(({ url }) => {
        const q = fold(url.searchParams.get('q') ?? '').trim();
        const uses = new Map<string, number>();
        for (const a of store.db.articles) for (const t of a.tags) uses.set(t, (uses.get(t) ?? 0) + 1);
        // Most used first, so the tag a writer means is usually at the top.
        const tags = [...uses.entries()]
          .filter(([tag]) => !q || fold(tag).includes(q))
          .sort((a, b) => b[1] - a[1] || compareVietnamese(a[0], b[0]))
          .map(([tag]) => tag);
        return json(tags.slice(0, 20));
      }),
    ),
  ];
}
