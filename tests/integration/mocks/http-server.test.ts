// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer } from '../../../mocks/http-server';

/** The contract over real HTTP, as a build with `"demo": false` meets it from another origin. */
describe('the demo API over HTTP', () => {
  let api: Awaited<ReturnType<typeof startApiServer>>;
  beforeAll(async () => {
    api = await startApiServer(0);
  });
  afterAll(() => api.close());

  it('listens on 127.0.0.1 only', () => {
    expect(api.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api$/);
    expect(api.server.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('answers a CORS preflight for the headers the adapter sends', async () => {
    const res = await fetch(`${api.url}/articles`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://127.0.0.1:4173', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,idempotency-key' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toMatch(/Authorization.*Idempotency-Key/);
  });

  it('signs in, lists articles and refuses a request without a token, like the in-page demo', async () => {
    const anonymous = await fetch(`${api.url}/articles`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('access-control-allow-origin')).toBe('*');

    const login = await fetch(`${api.url}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'tongbientap', password: 'demo' }),
    });
    expect(login.status).toBe(200);
    const { token } = (await login.json()) as { token: string };
    const list = await fetch(`${api.url}/articles?page=1&pageSize=5&sort=updatedAt:desc`, { headers: { Authorization: `Bearer ${token}` } });
    expect(list.status).toBe(200);
    const page = (await list.json()) as { items: { title: string }[]; total: number };
    expect(page.items).toHaveLength(5);
    expect(page.total).toBeGreaterThanOrEqual(40);
  });

  it('passes a body through and answers a validation error with field messages', async () => {
    const res = await fetch(`${api.url}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: '', password: '' }),
    });
    expect(res.status).toBe(422);
    const problem = (await res.json()) as { error: { code: string; fields?: Record<string, string> } };
    expect(problem.error.code).toBe('validation');
    expect(Object.keys(problem.error.fields ?? {})).toEqual(expect.arrayContaining(['username', 'password']));
  });
});
