import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { resetStore, server } from '@mocks/node';

export const BASE = 'http://localhost/api';

/** Starts the demo server for the file and gives every test a fresh seed. */
export function startDemoServer(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => resetStore());
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
}

// Assertions dig into response bodies freely; each test states the shape it expects.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Call = { status: number; body: any; headers: Headers };

export async function call(
  path: string,
  init: { method?: string; token?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {},
): Promise<Call> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  if (init.body !== undefined || init.raw !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${BASE}${path}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.raw ?? (init.body !== undefined ? JSON.stringify(init.body) : undefined),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
}

export async function login(username: string): Promise<string> {
  const res = await call('/auth/login', { method: 'POST', body: { username, password: 'demo' } });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
  return res.body.token as string;
}

export const validArticle = {
  title: 'Quận 8: Ra mắt mô hình dân vận khéo',
  sapo: 'Mô hình giúp người dân tham gia xây dựng khu phố văn minh.',
  body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '(Thanhuytphcm.vn) - Ngày 20/11, Quận ủy Quận 8 ra mắt mô hình.' }] }] },
  categoryId: 'cat-xay-dung-dang',
  tags: ['dân vận'],
  byline: 'Nguyễn Thị Mai',
  source: 'Thanhuytphcm.vn',
  featuredImage: { url: 'https://demo.local/media/1.jpg', caption: 'Quang cảnh buổi ra mắt.', alt: 'Người dân dự lễ ra mắt' },
  relatedIds: [],
  seoTitle: '',
  seoDescription: '',
};
