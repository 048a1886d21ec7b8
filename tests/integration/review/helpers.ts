import { screen, within } from '@testing-library/react';
import type { NewsroomApi } from '@/api/port';
import { createApi } from '@/api/registry';
import { articleSchema, type Article, type ArticleStatus } from '@/domain';
import { signIn, store } from '@mocks/node';
import { TEST_API_BASE } from '../../render';

/** The port as a given demo account sees it, for setting the scene through the API. */
export function apiAs(username: string): NewsroomApi {
  const api = createApi({ api: { adapter: 'rest', baseUrl: TEST_API_BASE }, demo: true });
  api.setToken(signIn(username).token);
  return api;
}

/** A seeded article by `author` (user id) in `status`, as the API would return it. */
export function seeded(status: ArticleStatus, authorId = 'u-phongvien'): Article {
  const found = store.db.articles.find((a) => a.status === status && a.authorId === authorId);
  if (!found) throw new Error(`No seeded ${status} article by ${authorId}`);
  return articleSchema.parse(structuredClone(found));
}

export const stored = (id: string) => store.db.articles.find((a) => a.id === id)!;

/** The labels of the buttons the workflow actions offer (none when the group is absent). */
export function offeredLabels(): string[] {
  const group = screen.queryByRole('group', { name: 'Thao tác duyệt bài' });
  return group ? within(group).getAllByRole('button').map((b) => b.textContent ?? '') : [];
}
