import { describe, expect, it } from 'vitest';
import { articleStatuses } from '@/domain';
import { DEFAULT_PARAMS, parseListParams, serializeListParams, toListQuery } from '@/features/articles/list-params';

const parse = (s: string, allowed = articleStatuses) => parseListParams(new URLSearchParams(s), allowed);

describe('list params in the URL', () => {
  it('reads every filter', () => {
    expect(parse('q=quan%208&status=draft,in_review&category=cat-kinh-te&author=u-phongvien&sort=created-asc&page=3&pageSize=50')).toEqual({
      q: 'quan 8',
      status: ['draft', 'in_review'],
      category: 'cat-kinh-te',
      author: 'u-phongvien',
      sort: 'created-asc',
      page: 3,
      pageSize: 50,
    });
  });

  it('falls back to defaults for what it cannot understand', () => {
    expect(parse('status=bogus,,draft,draft&sort=sideways&page=-2&pageSize=37')).toEqual({ ...DEFAULT_PARAMS, status: ['draft'] });
    expect(parse('page=1.5').page).toBe(1);
  });

  it('drops statuses the backend cannot hold', () => {
    expect(parse('status=draft,scheduled', ['draft', 'published']).status).toEqual(['draft']);
  });

  it('writes only what differs from the defaults, and round-trips', () => {
    expect(serializeListParams(DEFAULT_PARAMS).toString()).toBe('');
    const params = { ...DEFAULT_PARAMS, q: 'Đảng bộ', status: ['published' as const], page: 2 };
    const search = serializeListParams(params);
    expect(search.get('status')).toBe('published');
    expect(search.has('sort')).toBe(false);
    expect(parseListParams(search, articleStatuses)).toEqual(params);
  });

  it('builds the API query, letting the page scope override the author', () => {
    const params = { ...DEFAULT_PARAMS, author: 'u-a', status: ['draft' as const], q: '  quận ' };
    expect(toListQuery(params)).toEqual({ page: 1, pageSize: 20, sort: 'updatedAt:desc', status: ['draft'], authorId: 'u-a', q: 'quận' });
    expect(toListQuery(params, 'u-me').authorId).toBe('u-me');
    expect(toListQuery(DEFAULT_PARAMS)).toEqual({ page: 1, pageSize: 20, sort: 'updatedAt:desc' });
  });
});
