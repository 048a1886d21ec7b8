// @vitest-environment node
import { ApiError } from '@/api/errors';
import type { Article, ArticleDraft } from '@/domain';
import { SaveEngine, localKey, type SaveEngineOptions } from '@/features/editor/autosave/save-engine';
import type { SaveStatus } from '@/features/editor/autosave/save-status';
import { snapshotOf, type EditorSnapshot } from '@/features/editor/autosave/snapshot';
import { article, withBody } from './fixtures';

type Call = { id: string | null; patch: ArticleDraft; version: number; resolve: (a: Article) => void; reject: (e: unknown) => void };

function setup(overrides: Partial<SaveEngineOptions> = {}, start: Article | null = article()) {
  let current: EditorSnapshot = start ? snapshotOf(start) : snapshotOf(article({ title: '' }));
  let composing = false;
  const calls: Call[] = [];
  const statuses: SaveStatus[] = [];
  const local = new Map<string, unknown>();
  let inFlight = 0;
  let maxInFlight = 0;
  const call = (id: string | null, patch: ArticleDraft, version: number) =>
    new Promise<Article>((resolve, reject) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const done = <T,>(fn: (v: T) => void) => (v: T) => {
        inFlight--;
        fn(v);
      };
      calls.push({ id, patch, version, resolve: done(resolve), reject: done(reject) });
    });
  const engine = new SaveEngine({
    articleId: start?.id ?? null,
    version: start?.version ?? 0,
    saved: start ? snapshotOf(start) : current,
    read: () => (composing ? null : current),
    create: (draft) => call(null, draft, 0),
    update: (id, patch, version) => call(id, patch, version),
    local: {
      write: async (key, copy) => void local.set(key, copy),
      drop: async (key) => void local.delete(key),
    },
    onStatus: (s) => statuses.push(s),
    ...overrides,
  });
  return {
    engine,
    calls,
    statuses,
    local,
    get maxInFlight() {
      return maxInFlight;
    },
    type(text: string) {
      current = withBody(current, text);
      engine.changed();
    },
    set(patch: Partial<EditorSnapshot>) {
      current = { ...current, ...patch };
      engine.changed();
    },
    compose(on: boolean) {
      composing = on;
    },
    get current() {
      return current;
    },
  };
}

const answer = (c: Call, version: number) => c.resolve(article({ id: c.id ?? 'new1', version }));

beforeEach(() => vi.useFakeTimers({ now: new Date('2021-05-14T03:32:00Z') }));
afterEach(() => vi.useRealTimers());

describe('SaveEngine', () => {
  it('saves 2 s after typing stops, only what changed', async () => {
    const t = setup();
    t.type('Một');
    await vi.advanceTimersByTimeAsync(1500);
    t.type('Một hai');
    await vi.advanceTimersByTimeAsync(1999);
    expect(t.calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(t.calls).toHaveLength(1);
    expect(Object.keys(t.calls[0].patch)).toEqual(['body']);
    expect(t.calls[0].version).toBe(1);
    answer(t.calls[0], 2);
    await vi.advanceTimersByTimeAsync(0);
    expect(t.engine.currentStatus).toMatchObject({ kind: 'saved' });
    expect(t.statuses.map((s) => s.kind)).toEqual(['dirty', 'saving', 'saved']);
  });

  it('saves at least every 30 s while typing never pauses', async () => {
    const t = setup();
    for (let i = 0; i < 40; i++) {
      t.type(`chữ ${i}`);
      await vi.advanceTimersByTimeAsync(1000);
    }
    expect(t.calls).toHaveLength(1);
    expect(Date.now() - new Date('2021-05-14T03:32:00Z').getTime()).toBe(40_000);
  });

  it('does not save when nothing differs from the server', async () => {
    const t = setup();
    t.type('x');
    t.type('');
    t.set({ body: snapshotOf(article()).body });
    await vi.advanceTimersByTimeAsync(5000);
    expect(t.calls).toHaveLength(0);
    expect(t.engine.hasUnsavedChanges()).toBe(false);
  });

  it('never runs two saves at once, and the next save uses the returned version', async () => {
    const t = setup();
    t.type('một');
    void t.engine.flush();
    t.type('một hai');
    void t.engine.flush();
    void t.engine.flush();
    expect(t.calls).toHaveLength(1);
    answer(t.calls[0], 2);
    await vi.advanceTimersByTimeAsync(0);
    expect(t.calls).toHaveLength(2);
    expect(t.calls[1].version).toBe(2);
    answer(t.calls[1], 3);
    await vi.advanceTimersByTimeAsync(5000);
    expect(t.calls).toHaveLength(2);
    expect(t.maxInFlight).toBe(1);
    expect(t.engine.currentVersion).toBe(3);
  });

  it('creates a new article exactly once, then updates it', async () => {
    const created: Article[] = [];
    const t = setup({ onCreated: (a) => created.push(a) }, null);
    t.set({ title: 'Bài mới' });
    void t.engine.flush();
    void t.engine.flush();
    t.set({ title: 'Bài mới hơn' });
    void t.engine.flush();
    expect(t.calls).toHaveLength(1);
    expect(t.calls[0].id).toBeNull();
    answer(t.calls[0], 1);
    await vi.advanceTimersByTimeAsync(0);
    expect(created.map((a) => a.id)).toEqual(['new1']);
    expect(t.calls).toHaveLength(2);
    expect(t.calls[1]).toMatchObject({ id: 'new1', version: 1, patch: { title: 'Bài mới hơn' } });
  });

  it('writes a local copy within a second and drops it once the server has the same text', async () => {
    const t = setup();
    t.type('không mất chữ nào');
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.local.get(localKey('a1'))).toMatchObject({ snapshot: { body: t.current.body }, baseVersion: 1 });
    await vi.advanceTimersByTimeAsync(1000);
    answer(t.calls[0], 2);
    await vi.advanceTimersByTimeAsync(0);
    expect(t.local.has(localKey('a1'))).toBe(false);
  });

  it('keeps the local copy when typing continued during the save', async () => {
    const t = setup();
    t.type('một');
    await vi.advanceTimersByTimeAsync(2000);
    t.type('một hai');
    answer(t.calls[0], 2);
    await vi.advanceTimersByTimeAsync(800);
    expect(t.local.get(localKey('a1'))).toMatchObject({ snapshot: { body: t.current.body } });
  });

  it('neither saves nor copies in the middle of an IME composition', async () => {
    const t = setup();
    t.compose(true);
    t.type('Vieetj');
    await vi.advanceTimersByTimeAsync(5000);
    expect(t.calls).toHaveLength(0);
    expect(t.local.size).toBe(0);
    t.compose(false);
    t.type('Việt');
    await vi.advanceTimersByTimeAsync(2000);
    expect(t.calls).toHaveLength(1);
    expect(JSON.stringify(t.calls[0].patch.body)).toContain('Việt');
  });

  it('retries transient failures with backoff, honouring Retry-After', async () => {
    const t = setup();
    t.type('mạng chập chờn');
    await vi.advanceTimersByTimeAsync(2000);
    t.calls[0].reject(new ApiError({ kind: 'network', message: 'offline' }));
    await vi.advanceTimersByTimeAsync(0);
    expect(t.engine.currentStatus).toMatchObject({ kind: 'retrying', attempt: 1, offline: true });
    await vi.advanceTimersByTimeAsync(2000);
    expect(t.calls).toHaveLength(2);
    t.calls[1].reject(new ApiError({ kind: 'rate_limited', message: 'slow down', retryAfter: 20 }));
    await vi.advanceTimersByTimeAsync(19_999);
    expect(t.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    t.calls[2].reject(new ApiError({ kind: 'server', message: 'boom', status: 503 }));
    await vi.advanceTimersByTimeAsync(7999);
    expect(t.calls).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(1);
    expect(t.calls).toHaveLength(4);
    answer(t.calls[3], 2);
    await vi.advanceTimersByTimeAsync(0);
    expect(t.engine.currentStatus.kind).toBe('saved');
    expect(t.calls[3].version).toBe(1);
  });

  it('stops on a conflict and lets the person keep theirs or take the server’s', async () => {
    const t = setup();
    t.type('bản của tôi');
    await vi.advanceTimersByTimeAsync(2000);
    const theirs = article({ version: 5, title: 'Tiêu đề của người khác' });
    t.calls[0].reject(new ApiError({ kind: 'conflict', message: 'stale', status: 412, current: theirs }));
    await vi.advanceTimersByTimeAsync(0);
    expect(t.engine.currentStatus).toMatchObject({ kind: 'conflict', theirs: { version: 5 } });
    t.type('bản của tôi, thêm');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(t.calls).toHaveLength(1);
    expect(t.engine.hasUnsavedChanges()).toBe(true);
    void t.engine.keepMine();
    expect(t.calls).toHaveLength(2);
    // Overwriting knowingly: based on the server's version, with every field that differs from theirs.
    expect(t.calls[1].version).toBe(5);
    expect(t.calls[1].patch).toMatchObject({ title: 'Tiêu đề' });
    expect(JSON.stringify(t.calls[1].patch.body)).toContain('thêm');
  });

  it('takes the server’s copy without saving anything', async () => {
    const t = setup();
    t.type('bản của tôi');
    await vi.advanceTimersByTimeAsync(2000);
    const theirs = article({ version: 5, title: 'Của người khác' });
    t.calls[0].reject(new ApiError({ kind: 'conflict', message: 'stale', status: 412, current: theirs }));
    await vi.advanceTimersByTimeAsync(0);
    expect(t.engine.takeTheirs()?.title).toBe('Của người khác');
    t.set(snapshotOf(theirs));
    await vi.advanceTimersByTimeAsync(5000);
    expect(t.calls).toHaveLength(1);
    expect(t.engine.currentVersion).toBe(5);
  });

  it('reports 403 and 422 and keeps the text', async () => {
    const invalid: Record<string, string>[] = [];
    const t = setup({ onInvalid: (f) => Object.keys(f).length && invalid.push(f) });
    t.type('chữ');
    await vi.advanceTimersByTimeAsync(2000);
    t.calls[0].reject(new ApiError({ kind: 'forbidden', message: 'no', status: 403 }));
    await vi.advanceTimersByTimeAsync(0);
    expect(t.engine.currentStatus.kind).toBe('forbidden');
    t.type('chữ nữa');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(t.calls).toHaveLength(1);
    expect(t.engine.hasUnsavedChanges()).toBe(true);
    expect(t.local.get(localKey('a1'))).toMatchObject({ snapshot: { body: t.current.body } });

    const u = setup({ onInvalid: (f) => Object.keys(f).length && invalid.push(f) });
    u.type('chữ');
    await vi.advanceTimersByTimeAsync(2000);
    u.calls[0].reject(new ApiError({ kind: 'validation', message: 'bad', status: 422, fields: { title: 'too_long' } }));
    await vi.advanceTimersByTimeAsync(0);
    expect(u.engine.currentStatus).toMatchObject({ kind: 'invalid', fields: { title: 'too_long' } });
    expect(invalid).toContainEqual({ title: 'too_long' });
  });

  it('leaves fields a draft cannot hold out of the save but saves the rest', async () => {
    const invalid: Record<string, string>[] = [];
    const t = setup({ onInvalid: (f) => invalid.push(f) });
    t.set({ title: 'x'.repeat(151), featuredImage: { url: '/media/1.jpg', caption: '', alt: 'Ảnh' } });
    t.type('thân bài');
    await vi.advanceTimersByTimeAsync(2000);
    expect(Object.keys(t.calls[0].patch)).toEqual(['body']);
    expect(invalid.at(-1)).toEqual({ title: 'too_long', 'featuredImage.caption': 'required' });
    answer(t.calls[0], 2);
    await vi.advanceTimersByTimeAsync(0);
    expect(t.engine.hasUnsavedChanges()).toBe(true);
    expect(t.local.has(localKey('a1'))).toBe(true);
  });

  it('holds the first write for a go-ahead, keeps the text meanwhile, and asks again on the next save', async () => {
    const t = setup();
    t.engine.requireConfirmation(true);
    t.type('sửa bài đã duyệt');
    await vi.advanceTimersByTimeAsync(2000);
    expect(t.calls).toHaveLength(0);
    expect(t.engine.currentStatus.kind).toBe('confirm');

    t.engine.holdWrites();
    t.type('sửa bài đã duyệt, thêm nữa');
    await vi.advanceTimersByTimeAsync(35_000);
    expect(t.calls).toHaveLength(0);
    expect(t.engine.currentStatus.kind).toBe('held');
    expect(t.local.get(localKey('a1'))).toMatchObject({ snapshot: { body: t.current.body } });

    void t.engine.flush();
    expect(t.engine.currentStatus.kind).toBe('confirm');
    void t.engine.confirmWrite();
    await vi.advanceTimersByTimeAsync(0);
    expect(t.calls).toHaveLength(1);
    answer(t.calls[0], 2);
    await vi.advanceTimersByTimeAsync(0);
    t.type('sau khi đồng ý');
    await vi.advanceTimersByTimeAsync(2000);
    expect(t.calls).toHaveLength(2);
  });

  it('keeps unsaved text locally at once and writes nothing more when told to', async () => {
    const t = setup();
    t.type('chữ chưa lưu');
    await vi.advanceTimersByTimeAsync(100);
    t.engine.keepLocally();
    expect(t.local.get(localKey('a1'))).toMatchObject({ snapshot: { body: t.current.body } });
    t.type('chữ chưa lưu, gõ thêm');
    await vi.advanceTimersByTimeAsync(35_000);
    expect(t.calls).toHaveLength(0);
  });

  it('stops at a save refused for someone else’s edit lock (423): the text goes to the local copy, nothing is retried', async () => {
    let lockedOut = 0;
    const t = setup({ onLockedOut: () => lockedOut++ });
    t.type('chữ gõ trước khi bị tiếp quản');
    await vi.advanceTimersByTimeAsync(2000);
    t.calls[0].reject(new ApiError({ kind: 'conflict', message: 'locked', status: 423, current: { articleId: 'a1', userId: 'u-tongbientap' } }));
    await vi.advanceTimersByTimeAsync(0);
    expect(t.engine.currentStatus.kind).toBe('locked');
    expect(lockedOut).toBe(1);
    expect(t.local.get(localKey('a1'))).toMatchObject({ snapshot: { body: t.current.body } });
    t.type('gõ thêm');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(t.calls).toHaveLength(1);
  });
});
