// @vitest-environment node
import { articleSummarySchema, listOf } from '@/domain';

const summary = (id: string, featuredImage: unknown) => ({
  id,
  title: 'Tiêu đề',
  sapo: 'Sapo',
  slug: id,
  categoryId: 'cat-xa-hoi',
  tags: [],
  authorId: 'u-phongvien',
  byline: '',
  source: 'Thanhuytphcm.vn',
  featuredImage,
  relatedIds: [],
  seoTitle: '',
  seoDescription: '',
  status: 'draft',
  scheduledAt: null,
  publishedAt: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  version: 1,
});

describe('an article as an API answers it', () => {
  it('keeps the article and drops a photo an <img> may not load, or a malformed one', () => {
    const list = listOf(articleSummarySchema).parse({
      items: [
        summary('a', { url: 'javascript:alert(1)', caption: 'c', alt: 'a' }),
        summary('b', { url: 'data:text/html,<script>alert(1)</script>', caption: 'c', alt: 'a' }),
        summary('c', { url: 42, caption: 'c' }),
        summary('d', 'not a photo'),
        summary('e', null),
      ],
      total: 5,
    });
    expect(list.items.map((a) => [a.id, a.featuredImage])).toEqual([
      ['a', null],
      ['b', null],
      ['c', null],
      ['d', null],
      ['e', null],
    ]);
  });

  it('reads a photo whatever its caption length: writing limits are not reading limits', () => {
    const caption = 'Chú thích '.repeat(100);
    const a = articleSummarySchema.parse(summary('a', { url: 'https://thanhuytphcm.vn/a.jpg', caption, alt: '' }));
    expect(a.featuredImage).toEqual({ url: 'https://thanhuytphcm.vn/a.jpg', caption, alt: '' });
    const b = articleSummarySchema.parse(summary('b', { url: '/media/b.jpg' }));
    expect(b.featuredImage).toEqual({ url: '/media/b.jpg', caption: '', alt: '' });
  });
});
