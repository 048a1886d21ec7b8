// @vitest-environment node
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/errors';
import type { NewsroomApi } from '@/api/port';
import { articleKeys, articleMutations, articleQueries } from '@/api/queries';
import type { ArticleListQuery, ArticleSummary, ListResult } from '@/domain';

/** A port that answers only what a test gives it and throws on anything else. */
function portWith(articles: Partial<NewsroomApi['articles']>): NewsroomApi {
  const strict = new Proxy(articles, {
    get: (target, prop: string) => {
      if (prop in target) return target[prop as keyof typeof target];
      throw new Error(`articles.${prop} was not stubbed`);
    },
  });
  return { articles: strict } as unknown as NewsroomApi;
}

const query: ArticleListQuery = { page: 1, pageSize: 20, sort: 'updatedAt:desc' };

describe('articleQueries.list', () => {
  it('passes the abort signal through to the port and keeps previous data while paging', async () => {
    let received: AbortSignal | undefined;
    const api = portWith({
      list: async (_q, signal) => {
        received = signal;
        return { items: [], total: 0 };
      },
    });
    const options = articleQueries.list(api, query);
    expect(options.queryKey).toEqual(articleKeys.list(query));
    expect(typeof options.placeholderData).toBe('function');
    const previous: ListResult<ArticleSummary> = { items: [], total: 7 };
    expect((options.placeholderData as (p: unknown) => unknown)(previous)).toBe(previous);

    const client = new QueryClient();
    await client.fetchQuery(options);
    expect(received).toBeInstanceOf(AbortSignal);
  });
});

describe('articleMutations.removeMany', () => {
  it('reports each item and invalidates every list', async () => {
    const api = portWith({
      remove: async (id) => {
        if (id === 'b') throw new ApiError({ kind: 'forbidden', message: 'no' });
      },
    });
    const client = new QueryClient();
    client.setQueryData(articleKeys.list(query), { items: [], total: 2 });
    client.setQueryData(articleKeys.detail('a'), { id: 'a' });
    const options = articleMutations.removeMany(api);
    const results = await client
      .getMutationCache()
      .build(client, options)
      .execute([
        { id: 'a', version: 1 },
        { id: 'b', version: 4 },
      ]);
    expect(results.map((r) => [r.id, r.ok])).toEqual([
      ['a', true],
      ['b', false],
    ]);
    expect((results[1].error as ApiError).kind).toBe('forbidden');
    expect(client.getQueryState(articleKeys.list(query))?.isInvalidated).toBe(true);
    expect(client.getQueryData(articleKeys.detail('a'))).toBeUndefined();
  });
});
