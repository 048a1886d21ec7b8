import { attachPersistence, loadSnapshot } from '@mocks/persist';
import { createSeed } from '@mocks/seed';
import { store } from '@mocks/store';

const written: string[] = [];
const put = IDBObjectStore.prototype.put;

// A first save clears the object store, so each test starts from its own seed.
beforeEach(() => {
  store.replace(createSeed({ pendingComments: 1200, flags: false }));
  written.length = 0;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
    written.push(String(key));
    return put.call(this, value, key);
  });
});
afterEach(() => vi.restoreAllMocks());

describe('demo persistence', () => {
  it('saves everything once, then only the chunk of a changed comment, and loads it back in one read', async () => {
    const persistence = attachPersistence({ markAllDirty: true });
    await persistence.flush();
    expect(written.filter((k) => k.startsWith('c:')).length).toBe(Math.ceil(store.db.comments.length / 500));

    written.length = 0;
    const comment = store.db.comments[700]!;
    comment.status = 'approved';
    store.written({ comments: [comment], tables: ['seq'] });
    await persistence.flush();
    expect(written.sort()).toEqual(['c:1', 'meta', 't:seq']);

    const loaded = await loadSnapshot();
    expect(loaded?.db.comments).toHaveLength(store.db.comments.length);
    expect(loaded?.db.comments[700]?.status).toBe('approved');
    expect(loaded?.db.rev).toBe(store.db.rev);
    persistence.detach();
  });

  it('finds appended audit entries and comments without being told, and saves all after an unknown write', async () => {
    const persistence = attachPersistence({ markAllDirty: true });
    await persistence.flush();
    written.length = 0;
    store.db.audit.push({ ...store.db.audit[0]!, id: 'm-new' });
    store.written({});
    await persistence.flush();
    expect(written.filter((k) => k.startsWith('a:'))).toEqual([`a:${Math.floor((store.db.audit.length - 1) / 500)}`]);
    expect(written.some((k) => k.startsWith('c:'))).toBe(false);

    written.length = 0;
    store.db.articles[0]!.title = 'Đổi tiêu đề';
    store.written();
    await persistence.flush();
    expect(written).toContain('t:articles');
    expect(written.filter((k) => k.startsWith('c:')).length).toBe(Math.ceil(store.db.comments.length / 500));
    expect((await loadSnapshot())?.db.articles[0]?.title).toBe('Đổi tiêu đề');
    persistence.detach();
  });
});
