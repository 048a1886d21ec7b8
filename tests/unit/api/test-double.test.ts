// @vitest-environment node
import { createTestApi, UnstubbedCallError } from '@/api/test-double';

describe('createTestApi', () => {
  it('answers with what is stubbed', async () => {
    const api = createTestApi({ taxonomy: { categories: async () => [{ id: 'c1', name: 'Thời sự', slug: 'thoi-su' }] } });
    await expect(api.taxonomy.categories()).resolves.toHaveLength(1);
  });

  it('throws, naming the method, on anything not stubbed', () => {
    const api = createTestApi({ taxonomy: { categories: async () => [] } });
    expect(() => api.taxonomy.tags()).toThrow(UnstubbedCallError);
    expect(() => api.articles.get('a1')).toThrow('createTestApi: articles.get() was called but not stubbed.');
  });

  it('is not mistaken for a promise and has no demo unless stubbed', () => {
    const api = createTestApi();
    expect((api.auth as unknown as { then?: unknown }).then).toBeUndefined();
    expect(api.demo).toBeUndefined();
    expect(api.capabilities.demoReset).toBe(false);
    expect(() => createTestApi({ demo: {} }).demo?.reset()).toThrow('demo.reset()');
  });

  it('declares full capabilities unless told otherwise', () => {
    const api = createTestApi({ capabilities: { locks: false, statuses: ['draft', 'published'] } });
    expect(api.capabilities).toMatchObject({ locks: false, notes: true, statuses: ['draft', 'published'] });
    expect(api.capabilities.workflowActions).toContain('publish');
  });
});
