// @vitest-environment node
import { ApiError } from '@/api/errors';
import type { NewsroomApi } from '@/api/port';
import { withReauth } from '@/api/reauth';

const unauthorized = () => new ApiError({ kind: 'unauthorized', status: 401, message: 'expired' });

/** A port whose `users.list` fails with 401 until `valid` is set, counting calls. */
function fakeApi() {
  const state = { valid: false, calls: 0, logins: 0 };
  const api = {
    name: 'fake',
    capabilities: { statuses: [], workflowActions: [], revisions: false, notes: false, locks: false, moderationRules: false, commentBulk: false, demoReset: false },
    setToken: (token: string | null) => {
      state.valid = token === 'fresh';
    },
    auth: {
      login: async () => {
        state.logins += 1;
        throw unauthorized();
      },
      logout: async () => {
        throw unauthorized();
      },
      me: async () => {
        throw unauthorized();
      },
    },
    users: {
      list: async function (this: unknown) {
        state.calls += 1;
        if (this !== api.users) throw new Error('called with the wrong `this`');
        if (!state.valid) throw unauthorized();
        return [];
      },
    },
  } as unknown as NewsroomApi;
  return { api, state };
}

/** A sign-in the test resolves by hand. */
function deferredSignIn() {
  let resolve!: (ok: boolean) => void;
  const request = vi.fn(() => new Promise<boolean>((r) => (resolve = r)));
  return { request, settle: (ok: boolean) => resolve(ok) };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('withReauth', () => {
  it('asks once for concurrent 401s, then retries every call', async () => {
    const { api, state } = fakeApi();
    const signIn = deferredSignIn();
    const wrapped = withReauth(api, signIn.request);

    const calls = [wrapped.users.list(), wrapped.users.list(), wrapped.users.list()];
    await tick();
    expect(signIn.request).toHaveBeenCalledTimes(1);
    expect(state.calls).toBe(3);

    api.setToken('fresh');
    signIn.settle(true);
    await expect(Promise.all(calls)).resolves.toEqual([[], [], []]);
    expect(state.calls).toBe(6);
    expect(signIn.request).toHaveBeenCalledTimes(1);
  });

  it('passes the original error on when the person declines', async () => {
    const { api } = fakeApi();
    const signIn = deferredSignIn();
    const wrapped = withReauth(api, signIn.request);
    const call = wrapped.users.list();
    await tick();
    signIn.settle(false);
    await expect(call).rejects.toMatchObject({ kind: 'unauthorized', message: 'expired' });
  });

  it('retries only once: a second 401 after signing in reaches the caller', async () => {
    const { api, state } = fakeApi();
    const request = vi.fn(async () => true); // "signed in" but the token is still refused
    const wrapped = withReauth(api, request);
    await expect(wrapped.users.list()).rejects.toMatchObject({ kind: 'unauthorized' });
    expect(state.calls).toBe(2);
    expect(request).toHaveBeenCalledTimes(1);
  });

  it('retries without asking again a call that failed with the token from before a completed sign-in', async () => {
    const { api, state } = fakeApi();
    const signIn = deferredSignIn();
    const wrapped = withReauth(api, signIn.request);

    let releaseSlow!: () => void;
    const slowGate = new Promise<void>((r) => (releaseSlow = r));
    const original = api.users.list;
    let first = true;
    api.users.list = async function (this: unknown) {
      if (first) {
        first = false;
        // Sent with the old token, answered after the sign-in completed.
        await slowGate;
        state.calls += 1;
        throw unauthorized();
      }
      return original.call(this);
    };

    const slow = wrapped.users.list();
    const fast = wrapped.users.list();
    await tick();
    expect(signIn.request).toHaveBeenCalledTimes(1);
    api.setToken('fresh');
    signIn.settle(true);
    await expect(fast).resolves.toEqual([]);
    releaseSlow();
    await expect(slow).resolves.toEqual([]);
    expect(signIn.request).toHaveBeenCalledTimes(1);
  });

  it('never waits for a sign-in on auth.login or auth.logout', async () => {
    const { api } = fakeApi();
    const request = vi.fn(async () => true);
    const wrapped = withReauth(api, request);
    await expect(wrapped.auth.login({ username: 'a', password: 'b' })).rejects.toMatchObject({ kind: 'unauthorized' });
    await expect(wrapped.auth.logout()).rejects.toMatchObject({ kind: 'unauthorized' });
    expect(request).not.toHaveBeenCalled();
  });

  it('leaves other errors alone and keeps non-function members and identity', async () => {
    const { api } = fakeApi();
    const request = vi.fn(async () => true);
    const wrapped = withReauth(api, request);
    api.users.list = async () => {
      throw new ApiError({ kind: 'forbidden', message: 'no' });
    };
    await expect(wrapped.users.list()).rejects.toMatchObject({ kind: 'forbidden' });
    expect(request).not.toHaveBeenCalled();
    expect(wrapped.name).toBe('fake');
    expect(wrapped.capabilities.revisions).toBe(false);
    expect(wrapped.users).toBe(wrapped.users);
    expect(wrapped.demo).toBeUndefined();
  });

  it('treats a failing sign-in request as declined', async () => {
    const { api } = fakeApi();
    const wrapped = withReauth(api, () => Promise.reject(new Error('dialog crashed')));
    await expect(wrapped.users.list()).rejects.toMatchObject({ kind: 'unauthorized' });
  });
});
