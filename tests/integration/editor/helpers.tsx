import { screen, waitFor } from '@testing-library/react';
import type { Editor } from '@tiptap/core';
import { Route, Routes } from 'react-router';
import { EditorPage } from '@/features/editor/editor-page';
import { PreviewPage } from '@/features/editor/preview-page';
import { store } from '@mocks/node';
import { renderWithProviders, server } from '../../render';

// A cold page (React dev build, Mantine, TipTap on a long article in jsdom) takes seconds to mount.
vi.setConfig({ testTimeout: 60_000 });
export const SLOW = { timeout: 15_000 };

// The page asks for its workflow bar (a lazy chunk) once the body is up. In a test worker that chunk
// is transformed on first use, which on a busy machine blocks for seconds and would land in the
// middle of some test's typing; the built app downloads it ready-made. Transformed once, up front.
beforeAll(async () => void (await import('@/features/editor/workflow/editor-workflow')), 60_000);

// jsdom has no layout: ProseMirror's scroll-into-view asks ranges and text nodes for rectangles.
const noRects = () => Object.assign([], { item: () => null }) as unknown as DOMRectList;
const emptyRect = () => new DOMRect(0, 0, 0, 0);
Range.prototype.getClientRects ??= noRects;
Range.prototype.getBoundingClientRect ??= emptyRect;
(Text.prototype as unknown as { getClientRects: () => DOMRectList }).getClientRects ??= noRects;
document.elementFromPoint ??= () => null;

/**
 * ProseMirror needs layout jsdom does not have, so typing into the body goes through the editor's
 * own commands; everything else in these tests is driven the way a person would.
 */
export async function bodyEditor(): Promise<Editor> {
  const dom = await screen.findByRole('textbox', { name: 'Nội dung bài' }, SLOW);
  const el = dom.closest('.ProseMirror') ?? dom;
  await waitFor(() => expect((el as unknown as { editor?: Editor }).editor).toBeTruthy());
  return (el as unknown as { editor: Editor }).editor;
}

export function typeInBody(editor: Editor, text: string) {
  editor.chain().focus('end').insertContent(text).run();
}

/** An article of the reporter's own, in draft, from the demo seed. */
export function ownDraft(userId: string) {
  const a = store.db.articles.find((x) => x.authorId === userId && x.status === 'draft');
  if (!a) throw new Error('no draft in the seed');
  return a;
}

export const statusText = () => screen.getByTestId('save-status').textContent ?? '';

/** The editor's own routes, as the app declares them, inside the app's providers. */
export function renderEditor(route: string, user = 'phongvien') {
  return renderWithProviders(
    <Routes>
      <Route path="/articles/new" element={<EditorPage />} />
      <Route path="/articles/:id/edit" element={<EditorPage />} />
      <Route path="/articles/:id/preview" element={<PreviewPage />} />
      <Route path="/articles" element={<h1>Danh sách bài</h1>} />
    </Routes>,
    { route, user },
  );
}

export const userId = (username: string) => store.db.users.find((u) => u.username === username)!.id;

export type Seen = { method: string; path: string; ifMatch: string | null; body: Record<string, unknown> | null };

/** Watches the demo server: every article write, and how many were in flight at once. */
export function watchWrites() {
  const seen: Seen[] = [];
  const open = new Set<string>();
  let maxInFlight = 0;
  const isWrite = (r: Request) => (r.method === 'PATCH' || r.method === 'POST') && /\/api\/articles(\/[^/]+)?$/.test(new URL(r.url).pathname);
  const onStart = ({ request, requestId }: { request: Request; requestId: string }) => {
    if (!isWrite(request)) return;
    open.add(requestId);
    maxInFlight = Math.max(maxInFlight, open.size);
    const entry: Seen = { method: request.method, path: new URL(request.url).pathname, ifMatch: request.headers.get('if-match'), body: null };
    seen.push(entry);
    void request
      .clone()
      .json()
      .then((b) => (entry.body = b))
      .catch(() => undefined);
  };
  const onEnd = ({ requestId }: { requestId: string }) => void open.delete(requestId);
  server.events.on('request:start', onStart);
  server.events.on('request:end', onEnd);
  return {
    seen,
    get patches() {
      return seen.filter((s) => s.method === 'PATCH');
    },
    get posts() {
      return seen.filter((s) => s.method === 'POST');
    },
    get maxInFlight() {
      return maxInFlight;
    },
    stop() {
      server.events.removeListener('request:start', onStart);
      server.events.removeListener('request:end', onEnd);
    },
  };
}

export const bodyText = (editor: Editor) => editor.state.doc.textContent;
export const storedArticle = (id: string) => store.db.articles.find((a) => a.id === id)!;
