import { getSchema } from '@tiptap/core';
import { Node as PMNode } from '@tiptap/pm/model';
import { basicToken, createWordPressAdapter } from '@/api/adapters/wordpress';
import { articleExtensions } from '@/components/rich-text/extensions';
import type { TiptapDoc } from '@/domain';
import { readHarness, type HarnessState } from './wordpress-harness';

/**
 * Content round trips against the real WordPress: what the editor gets from a post and gives back
 * must leave the rendered page as it was, and keep what the editor cannot represent.
 */
const schema = getSchema(articleExtensions());
/** What the editor would hand back: the document through the editor's own schema. */
const throughEditor = (doc: TiptapDoc): TiptapDoc => PMNode.fromJSON(schema, doc).toJSON() as TiptapDoc;

describe('WordPress content round trip (real WordPress 6.1)', () => {
  let state: HarnessState;
  let auth: string;
  const api = () => {
    const a = createWordPressAdapter({ baseUrl: state.baseUrl });
    a.setToken(auth);
    return a;
  };
  const wp = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`${state.baseUrl}/wp-json/wp/v2/${path}`, { ...init, headers: { Authorization: `Basic ${auth}`, 'Content-Type': 'application/json' } });
    expect(response.ok, `${path}: HTTP ${response.status}`).toBe(true);
    return response.json() as Promise<{ id: number; content: { raw: string; rendered: string } }>;
  };
  /** A copy of a seeded post, so the seed stays as it was. */
  const copyOf = async (seeded: number) => {
    const original = await wp(`posts/${seeded}?context=edit`);
    const copy = await wp('posts', { method: 'POST', body: JSON.stringify({ title: `Bản sao ${Date.now()}`, content: original.content.raw, status: 'draft' }) });
    return { id: copy.id, raw: original.content.raw, rendered: (await wp(`posts/${copy.id}?context=edit`)).content.rendered };
  };

  beforeAll(async () => {
    state = await readHarness();
    auth = basicToken(state.users.editor.username, state.users.editor.password);
  });

  for (const which of ['published', 'classic'] as const) {
    it(`leaves an unmodified ${which} post rendered the same`, async () => {
      const { id, rendered } = await copyOf(state.posts[which]);
      const article = await api().articles.get(String(id));
      await api().articles.update(String(id), { body: throughEditor(article.body), title: `${article.title} (đã lưu)` }, article.version);
      expect((await wp(`posts/${id}?context=edit`)).content.rendered).toBe(rendered);
    });

    it(`keeps the blocks the editor cannot represent when a ${which} post is edited`, async () => {
      const { id, raw, rendered } = await copyOf(state.posts[which]);
      const article = await api().articles.get(String(id));
      const opaque = article.body.content!.filter((n) => n.type === 'opaqueBlock');
      expect(opaque.length).toBeGreaterThan(0);
      const added = { type: 'paragraph', content: [{ type: 'text', text: 'Đoạn bổ sung của biên tập viên.' }] };
      await api().articles.update(String(id), { body: throughEditor({ type: 'doc', content: [...article.body.content!, added] }) }, article.version);
      const after = await wp(`posts/${id}?context=edit`);
      for (const node of opaque) expect(after.content.raw).toContain(node.attrs!.html as string);
      expect(after.content.raw.startsWith(raw.trimEnd())).toBe(true);
      expect(after.content.rendered.startsWith(rendered.trimEnd())).toBe(true);
      expect(after.content.rendered).toContain('Đoạn bổ sung của biên tập viên.');
    });
  }
});
