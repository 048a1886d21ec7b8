// @vitest-environment node
import { ConfigError, type RuntimeConfig } from '@/api/config';
import { createApi, loadApi, registeredAdapters } from '@/api/registry';

const config = (over: Partial<RuntimeConfig['api']> = {}, demo = false): RuntimeConfig => ({ api: { adapter: 'rest', baseUrl: '/api', ...over }, demo });

describe('the adapter registry', () => {
  it('creates the rest adapter the config names', () => {
    const api = createApi(config());
    expect(api.name).toBe('rest');
    expect(api.demo).toBeUndefined();
  });

  it('passes demo through to the adapter', async () => {
    const api = await loadApi(config({}, true));
    expect(api.name).toBe('rest');
    expect(api.capabilities.demoReset).toBe(true);
    expect(typeof api.demo?.reset).toBe('function');
  });

  it('refuses an adapter this build does not include, with a ConfigError naming the field', async () => {
    const unknown = config({ adapter: 'graphql' as RuntimeConfig['api']['adapter'] });
    expect(() => createApi(unknown)).toThrow(ConfigError);
    expect(() => createApi(unknown)).toThrow('"api.adapter" is "graphql", which this build does not include (available: "rest", "wordpress").');
    await expect(loadApi(unknown)).rejects.toMatchObject({ name: 'ConfigError', reason: 'unknown_adapter', field: 'api.adapter' });
  });

  it('lists what it holds', () => {
    expect(registeredAdapters()).toContain('rest');
  });
});
