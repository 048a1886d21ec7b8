import { faultPresets } from '@mocks/faults';
import { faults } from '@mocks/node';
import { BASE, call, login, startDemoServer } from './helpers';

startDemoServer();

/** Issues `n` reads at once; tells each one's outcome (by issue order) and the order they finished in. */
async function burst(token: string, n: number) {
  const finished: number[] = [];
  const outcomes = await Promise.all(
    Array.from({ length: n }, (_, i) =>
      fetch(`${BASE}/categories`, { headers: { Authorization: `Bearer ${token}` } })
        .then((r) => ({ status: r.status, retryAfter: r.headers.get('Retry-After') }))
        .catch(() => ({ status: 0, retryAfter: null }))
        .finally(() => finished.push(i)),
    ),
  );
  return { outcomes, finished };
}

describe('the chaos fault profile', () => {
  it('is a named preset: 5xx, dropped and lost answers, 429 with Retry-After, up to 5 s of latency', () => {
    const profile = faults.chaos(42);
    expect(profile).toMatchObject({ enabled: true, seed: 42, preset: 'chaos', latencyMs: [0, 5000] });
    expect(profile.serverErrorRate).toBeGreaterThan(0);
    expect(profile.networkErrorRate).toBeGreaterThan(0);
    expect(profile.lostResponseRate).toBeGreaterThan(0);
    expect(profile.rateLimitRate).toBeGreaterThan(0);
    expect(faults.configure({ preset: 'chaos', seed: 5, latencyMs: [0, 10] }).latencyMs).toEqual([0, 10]);
    faults.disable();
    expect(faults.profile.enabled).toBe(false);
  });

  it('injects every kind of failure, seeded: the same seed fails the same requests', async () => {
    const token = await login('kiemduyet');
    const run = async (seed: number) => {
      faults.configure({ preset: 'chaos', seed, latencyMs: [0, 0] });
      const { outcomes } = await burst(token, 120);
      return outcomes;
    };
    const first = await run(11);
    const statuses = new Set(first.map((o) => o.status));
    expect([...statuses].sort()).toEqual([0, 200, 429, 503]);
    expect(first.filter((o) => o.status === 429).every((o) => o.retryAfter === '1')).toBe(true);
    expect(await run(11)).toEqual(first);
    expect(await run(12)).not.toEqual(first);
  });

  it('answers out of order, in the same order for the same seed', async () => {
    const token = await login('kiemduyet');
    const run = async (seed: number) => {
      // Failures off and latency scaled down: only the order is under test here.
      faults.configure({ preset: 'chaos', seed, latencyMs: [0, 600], serverErrorRate: 0, networkErrorRate: 0, lostResponseRate: 0, rateLimitRate: 0 });
      return (await burst(token, 8)).finished;
    };
    const order = await run(3);
    expect(order).not.toEqual([...order].sort((a, b) => a - b));
    expect(await run(3)).toEqual(order);
  });

  it('can be switched on and off through the demo API, which it never affects', async () => {
    const token = await login('kiemduyet');
    const on = await call('/demo/faults', { method: 'PUT', token, body: { preset: 'chaos', seed: 9 } });
    expect(on.status).toBe(200);
    expect(on.body).toMatchObject({ enabled: true, preset: 'chaos', seed: 9, ...faultPresets.chaos });
    const off = await call('/demo/faults', { method: 'PUT', token, body: { enabled: false } });
    expect(off.body.enabled).toBe(false);
  });
});
