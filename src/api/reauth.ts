import { isApiError } from './errors';
import type { NewsroomApi } from './port';

/**
 * Asks the person to sign in again. Resolves `true` once they have (the new token is already set on
 * the port), `false` if they declined.
 */
export type RequestSignIn = () => Promise<boolean>;

/** Calls that must never wait for a sign-in: the sign-in itself, and leaving. */
const exempt = new Set(['auth.login', 'auth.logout']);

type AnyFn = (...args: unknown[]) => unknown;

/**
 * Wraps a port so that a call failing with `unauthorized` waits for the person to sign in again and is
 * then retried once. Concurrent failures share one sign-in; a call that started before a sign-in that
 * has since completed is retried straight away, because it failed only for carrying the old token.
 * If the person declines, the original error reaches the caller.
 */
export function withReauth(api: NewsroomApi, requestSignIn: RequestSignIn): NewsroomApi {
  let pending: Promise<boolean> | null = null;
  let signIns = 0;

  const signInOnce = (): Promise<boolean> => {
    pending ??= requestSignIn()
      .catch(() => false)
      .then((ok) => {
        if (ok) signIns += 1;
        return ok;
      })
      .finally(() => {
        pending = null;
      });
    return pending;
  };

  const wrap = (fn: AnyFn, self: object, name: string): AnyFn =>
    async function reauthenticating(...args: unknown[]) {
      const startedAfter = signIns;
      try {
        return await fn.apply(self, args);
      } catch (error) {
        if (!isApiError(error) || error.kind !== 'unauthorized' || exempt.has(name)) throw error;
        const retry = signIns !== startedAfter || (await signInOnce());
        if (!retry) throw error;
        return fn.apply(self, args);
      }
    };

  // Keyed by the group object so identity is stable across reads (`api.articles === api.articles`).
  const groups = new WeakMap<object, object>();
  const wrapGroup = (group: object, groupName: string): object => {
    const cache = new Map<PropertyKey, AnyFn>();
    return new Proxy(group, {
      get(target, prop, receiver) {
        const value: unknown = Reflect.get(target, prop, receiver);
        if (typeof value !== 'function') return value;
        let wrapped = cache.get(prop);
        if (!wrapped) {
          wrapped = wrap(value as AnyFn, target, `${groupName}.${String(prop)}`);
          cache.set(prop, wrapped);
        }
        return wrapped;
      },
    });
  };

  return new Proxy(api, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value === 'function') return (value as AnyFn).bind(target);
      // `capabilities` is data; wrapping it is harmless since it holds no functions.
      if (value === null || typeof value !== 'object') return value;
      let group = groups.get(value);
      if (!group) {
        group = wrapGroup(value, String(prop));
        groups.set(value, group);
      }
      return group;
    },
  });
}
