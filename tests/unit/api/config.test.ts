// @vitest-environment node
import { ConfigError, loadConfig, parseConfig } from '@/api/config';

const serve = (body: string, status = 200) => (async () => new Response(body, { status })) as typeof fetch;
const valid = { api: { adapter: 'rest', baseUrl: '/api' }, demo: true };

async function configError(promise: Promise<unknown>): Promise<ConfigError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

describe('runtime config', () => {
  it('loads /config.json without the HTTP cache', async () => {
    const calls: [string, RequestInit | undefined][] = [];
    const fetch = (async (url: RequestInfo | URL, init?: RequestInit) => {
      calls.push([String(url), init]);
      return new Response(JSON.stringify(valid));
    }) as typeof globalThis.fetch;
    await expect(loadConfig(fetch)).resolves.toEqual(valid);
    expect(calls[0][0]).toBe('/config.json');
    expect(calls[0][1]?.cache).toBe('no-store');
  });

  it('keeps the optional fault settings', () => {
    expect(parseConfig({ ...valid, faults: { latencyMs: 300 } }).faults).toEqual({ latencyMs: 300 });
  });

  it('the committed public/config.json is valid and points at the demo', async () => {
    const { readFileSync } = await import('node:fs');
    const config = parseConfig(JSON.parse(readFileSync('public/config.json', 'utf8')));
    expect(config).toEqual({ api: { adapter: 'rest', baseUrl: '/api' }, demo: true });
  });

  it.each([
    [{ ...valid, api: { ...valid.api, adapter: 'graphql' } }, 'api.adapter', '/config.json: "api.adapter" must be one of "rest", "wordpress", not "graphql".'],
    [{ ...valid, api: { adapter: 'rest' } }, 'api.baseUrl', '/config.json: "api.baseUrl" is missing.'],
    [{ ...valid, api: { adapter: 'rest', baseUrl: '  ' } }, 'api.baseUrl', '/config.json: "api.baseUrl" must not be empty.'],
    [{ ...valid, demo: 'yes' }, 'demo', '/config.json: "demo" must be a boolean, not "yes".'],
    [{ demo: true }, 'api', '/config.json: "api" is missing.'],
    [{ ...valid, api: 'rest' }, 'api', '/config.json: "api" must be an object, not "rest".'],
    [[], '(root)', '/config.json: "(root)" must be an object, not [].'],
  ])('names the wrong field: %j', async (value, field, message) => {
    const error = await configError(loadConfig(serve(JSON.stringify(value))));
    expect(error).toMatchObject({ reason: 'invalid', field, message });
  });

  it('says when the file is missing', async () => {
    const error = await configError(loadConfig(serve('Not found', 404)));
    expect(error.reason).toBe('missing');
    expect(error.message).toBe('/config.json is missing: the app needs it to know which API to use.');
  });

  it('recognises an HTML page served in place of a missing file', async () => {
    const error = await configError(loadConfig(serve('<!doctype html><html></html>')));
    expect(error).toMatchObject({ reason: 'missing', message: '/config.json is missing: the server answered with an HTML page instead.' });
  });

  it('says when the file is not JSON', async () => {
    const error = await configError(loadConfig(serve('{"api": ')));
    expect(error.reason).toBe('not_json');
    expect(error.message).toMatch(/^\/config\.json is not valid JSON \(.+\)\.$/);
  });

  it('says when the server cannot be reached or fails', async () => {
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await configError(loadConfig(offline))).toMatchObject({ reason: 'unreachable', message: 'Could not load /config.json (Failed to fetch).' });
    expect(await configError(loadConfig(serve('', 500)))).toMatchObject({ reason: 'unreachable', message: 'Could not load /config.json: HTTP 500.' });
  });
});
