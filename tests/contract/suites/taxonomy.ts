import type { Harness } from '../adapter-contract';

/** A 1×1 transparent PNG. */
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGBgAAAABQABpfZFQAAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

export function taxonomyContract(h: Harness): void {
  describe('categories, tags, users and media', () => {
    it('lists categories', async () => {
      await h.as('reporter');
      const categories = await h.api.taxonomy.categories();
      expect(categories.length).toBeGreaterThan(0);
      for (const c of categories) expect(c.name.length && c.id.length).toBeTruthy();
      expect(new Set(categories.map((c) => c.id)).size).toBe(categories.length);
    });

    it('lists tags', async () => {
      await h.as('reporter');
      const tags = await h.api.taxonomy.tags();
      expect(Array.isArray(tags)).toBe(true);
      for (const t of tags) expect(typeof t).toBe('string');
    });

    it('lists the staff, including every account', async () => {
      const ids = [(await h.as('reporter')).id, (await h.as('moderator')).id, (await h.as('editor')).id];
      const users = await h.api.users.list();
      expect(users.map((u) => u.id)).toEqual(expect.arrayContaining(ids));
    });

    it('uploads an image as `file` and reports completion', async () => {
      await h.as('reporter');
      const progress: number[] = [];
      const media = await h.api.media.upload({ file: new Blob([PNG], { type: 'image/png' }), filename: `anh-${h.unique()}.png`, onProgress: (p) => progress.push(p) });
      expect(media.id).toBeTruthy();
      expect(media.url).toBeTruthy();
      expect(progress.at(-1)).toBe(1);
    });
  });
}
