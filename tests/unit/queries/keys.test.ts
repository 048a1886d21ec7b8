// @vitest-environment node
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { articleKeys, commentKeys, moderationKeys, taxonomyKeys, userKeys } from '@/api/queries';
import type { ArticleListQuery } from '@/domain';

const query: ArticleListQuery = { page: 2, pageSize: 20, sort: 'updatedAt:desc', status: ['draft'] };

/** True when `prefix` would match `key` in invalidateQueries (TanStack's partial matching). */
function matches(prefix: readonly unknown[], key: readonly unknown[]): boolean {
  const client = new QueryClient();
  client.setQueryData(key, 1);
  return client.getQueryCache().findAll({ queryKey: prefix }).length === 1;
}

describe('articleKeys', () => {
  it('nests each level under the one above it', () => {
    expect(articleKeys.all).toEqual(['articles']);
    expect(articleKeys.lists()).toEqual(['articles', 'list']);
    expect(articleKeys.list(query)).toEqual(['articles', 'list', query]);
    expect(articleKeys.details()).toEqual(['articles', 'detail']);
    expect(articleKeys.detail('a1')).toEqual(['articles', 'detail', 'a1']);
    expect(articleKeys.history('a1')).toEqual(['articles', 'detail', 'a1', 'history']);
    expect(articleKeys.revisions('a1')).toEqual(['articles', 'detail', 'a1', 'revisions']);
    expect(articleKeys.revision('a1', 3)).toEqual(['articles', 'detail', 'a1', 'revisions', 3]);
    expect(articleKeys.notes('a1')).toEqual(['articles', 'detail', 'a1', 'notes']);
  });

  it('lets a prefix invalidate a family and nothing else', () => {
    expect(matches(articleKeys.lists(), articleKeys.list(query))).toBe(true);
    expect(matches(articleKeys.lists(), articleKeys.detail('a1'))).toBe(false);
    expect(matches(articleKeys.detail('a1'), articleKeys.history('a1'))).toBe(true);
    // Read as of one change, still under the prefixes that invalidation uses.
    const at = '2026-11-26T08:00:00.000Z';
    expect(matches(articleKeys.history('a1'), articleKeys.historyAt('a1', at))).toBe(true);
    expect(matches(articleKeys.revisions('a1'), articleKeys.revisionsAt('a1', at))).toBe(true);
    expect(articleKeys.historyAt('a1', at)).not.toEqual(articleKeys.historyAt('a1', '2026-11-26T08:00:01.000Z'));
    expect(matches(articleKeys.detail('a1'), articleKeys.notes('a2'))).toBe(false);
    expect(matches(articleKeys.all, articleKeys.revision('a9', 1))).toBe(true);
    expect(matches(articleKeys.all, commentKeys.lists())).toBe(false);
  });

  it('gives equal queries equal keys and different filters different keys', () => {
    const client = new QueryClient();
    client.setQueryData(articleKeys.list({ ...query }), 'x');
    expect(client.getQueryData(articleKeys.list({ ...query }))).toBe('x');
    expect(client.getQueryData(articleKeys.list({ ...query, page: 3 }))).toBeUndefined();
    expect(client.getQueryData(articleKeys.list({ ...query, status: ['in_review'] }))).toBeUndefined();
  });
});

describe('commentKeys and the others', () => {
  it('keeps counts under one prefix, per article or for the whole newsroom', () => {
    expect(commentKeys.count()).toEqual(['comments', 'counts', { articleId: null }]);
    expect(commentKeys.count('a1')).toEqual(['comments', 'counts', { articleId: 'a1' }]);
    expect(matches(commentKeys.counts(), commentKeys.count())).toBe(true);
    expect(matches(commentKeys.counts(), commentKeys.count('a1'))).toBe(true);
    expect(matches(commentKeys.lists(), commentKeys.count())).toBe(false);
    expect(matches(commentKeys.all, commentKeys.list({ page: 1, pageSize: 50, queue: 'pending' }))).toBe(true);
  });

  it('separates the other domains', () => {
    expect(moderationKeys.rules()).toEqual(['moderation', 'rules']);
    expect(taxonomyKeys.categories()).toEqual(['taxonomy', 'categories']);
    expect(taxonomyKeys.tags('kinh')).toEqual(['taxonomy', 'tags', 'kinh']);
    expect(userKeys.lists()).toEqual(['users', 'list']);
  });
});
