// @vitest-environment node
import { ApiError } from '@/api/errors';
import type { CreateOptions } from '@/api/port';
import type { Article, ArticleDraft } from '@/domain';
import { SaveEngine } from '@/features/editor/autosave/save-engine';
import { emptySnapshot, snapshotOf, type EditorSnapshot } from '@/features/editor/autosave/snapshot';
import { article, withBody } from './fixtures';

type Create = { draft: ArticleDraft; key: string | undefined; resolve: (a: Article) => void; reject: (e: unknown) => void };

function setup() {
  let current: EditorSnapshot = emptySnapshot('Tăng Thanh Danh');
  const creates: Create[] = [];
  const updates: { id: string; patch: ArticleDraft }[] = [];
  const engine = new SaveEngine({
    articleId: null,
    version: 0,
    saved: current,
    read: () => current,
    create: (draft: ArticleDraft, options: CreateOptions) =>
      new Promise<Article>((resolve, reject) => creates.push({ draft, key: options.idempotencyKey, resolve, reject })),
    update: async (id, patch, version) => {
      updates.push({ id, patch });
      return article({ id, version: version + 1 });
    },
    local: { write: async () => undefined, drop: async () => undefined },
    onStatus: () => undefined,
  });
  return {
    engine,
    creates,
    updates,
    type(text: string) {
      current = withBody({ ...current, title: 'Bài mới' }, text);
      engine.changed();
    },
  };
}

const lost = () => new ApiError({ kind: 'network', message: 'The connection dropped.' });

beforeEach(() => vi.useFakeTimers({ now: new Date('2021-05-14T03:32:00Z') }));
afterEach(() => vi.useRealTimers());

describe('SaveEngine: the first save of a new article', () => {
  it('retries a create with the same key and the same draft; what was typed meanwhile follows as an update', async () => {
    const t = setup();
    t.type('Một');
    await vi.advanceTimersByTimeAsync(2000);
    expect(t.creates).toHaveLength(1);
    const first = t.creates[0]!;
    expect(first.key).toMatch(/^[0-9a-f-]{36}$/);
    first.reject(lost());
    await vi.advanceTimersByTimeAsync(0);

    t.type('Một hai');
    await vi.advanceTimersByTimeAsync(2000);
    expect(t.creates).toHaveLength(2);
    const retry = t.creates[1]!;
    expect(retry.key).toBe(first.key);
    expect(retry.draft).toEqual(first.draft);

    retry.resolve(article({ id: 'new1', version: 1 }));
    await vi.advanceTimersByTimeAsync(0);
    expect(t.engine.articleId).toBe('new1');
    await vi.advanceTimersByTimeAsync(2000);
    expect(t.updates).toHaveLength(1);
    expect(t.updates[0]!.id).toBe('new1');
    expect(JSON.stringify(t.updates[0]!.patch.body)).toContain('Một hai');
  });

  it('a refused create is not retried under its key: the next attempt is a new create', async () => {
    const t = setup();
    t.type('Một');
    await vi.advanceTimersByTimeAsync(2000);
    t.creates[0]!.reject(new ApiError({ kind: 'forbidden', message: 'No.' }));
    await vi.advanceTimersByTimeAsync(0);
    t.type('Một hai');
    void t.engine.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(t.creates).toHaveLength(2);
    expect(t.creates[1]!.key).not.toBe(t.creates[0]!.key);
    expect(JSON.stringify(t.creates[1]!.draft.body)).toContain('Một hai');
  });
});

describe('SaveEngine: a save whose answer was lost', () => {
  it('meets its own write as a version conflict on retry, and carries on from it without asking', async () => {
    const start = article({ id: 'a1', version: 3 });
    let current = snapshotOf(start);
    const calls: { patch: ArticleDraft; version: number }[] = [];
    const statuses: string[] = [];
    let landed: Article | null = null;
    const engine = new SaveEngine({
      articleId: 'a1',
      version: 3,
      saved: snapshotOf(start),
      read: () => current,
      create: () => Promise.reject(new Error('not here')),
      update: async (_id, patch, version) => {
        calls.push({ patch, version });
        if (calls.length === 1) {
          // The server took it; the answer never came back.
          landed = { ...start, ...patch, version: 4 } as Article;
          throw new ApiError({ kind: 'network', message: 'dropped' });
        }
        if (version === 3) throw new ApiError({ kind: 'conflict', message: 'stale', current: landed });
        return { ...landed!, ...patch, version: version + 1 } as Article;
      },
      local: { write: async () => undefined, drop: async () => undefined },
      onStatus: (s) => statuses.push(s.kind),
    });
    current = withBody(current, 'Một');
    engine.changed();
    await vi.advanceTimersByTimeAsync(2000);
    current = withBody(current, 'Một hai');
    engine.changed();
    await vi.advanceTimersByTimeAsync(3000);
    expect(calls.map((c) => c.version)).toEqual([3, 3, 4]);
    expect(JSON.stringify(calls[2]!.patch.body)).toContain('Một hai');
    expect(statuses).not.toContain('conflict');
    expect(engine.currentVersion).toBe(5);
    expect(engine.currentStatus.kind).toBe('saved');
  });
});
