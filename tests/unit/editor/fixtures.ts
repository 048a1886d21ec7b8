import type { Article } from '@/domain';
import { emptySnapshot, type EditorSnapshot } from '@/features/editor/autosave/snapshot';

export function article(overrides: Partial<Article> = {}): Article {
  return {
    id: 'a1',
    ...emptySnapshot('Tăng Thanh Danh'),
    title: 'Tiêu đề',
    authorId: 'u1',
    status: 'draft',
    scheduledAt: null,
    publishedAt: null,
    createdAt: '2021-05-14T03:00:00.000Z',
    updatedAt: '2021-05-14T03:00:00.000Z',
    version: 1,
    commentCount: 0,
    wordCount: 0,
    lastReason: null,
    submittedAt: null,
    ...overrides,
  };
}

export const withBody = (s: EditorSnapshot, text: string): EditorSnapshot => ({
  ...s,
  body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
});
