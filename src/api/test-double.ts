import { articleStatuses, workflowActions } from '@/domain';
import type { Capabilities, NewsroomApi } from './port';

type Group = 'auth' | 'articles' | 'comments' | 'moderation' | 'taxonomy' | 'media' | 'users';
const groups: readonly Group[] = ['auth', 'articles', 'comments', 'moderation', 'taxonomy', 'media', 'users'];

export type TestApiStubs = {
  name?: string;
  capabilities?: Partial<Capabilities>;
  setToken?: NewsroomApi['setToken'];
  demo?: Partial<NonNullable<NewsroomApi['demo']>>;
} & { [G in Group]?: Partial<NewsroomApi[G]> };

export class UnstubbedCallError extends Error {
  constructor(method: string) {
    super(`createTestApi: ${method}() was called but not stubbed. Pass it in the stubs, e.g. createTestApi({ ${method.split('.')[0]}: { ${method.split('.')[1]}: async () => … } }).`);
    this.name = 'UnstubbedCallError';
  }
}

/** A group whose every unstubbed method throws when called, naming itself. */
function strictGroup<T extends object>(group: string, stubs: Partial<T> = {}): T {
  return new Proxy(stubs as T, {
    get(target, key, receiver) {
      if (typeof key !== 'string' || key in target) return Reflect.get(target, key, receiver);
      // Promise-likeness and inspection probes must not count as calls.
      if (key === 'then' || key === 'toJSON' || key === 'constructor') return undefined;
      return () => {
        throw new UnstubbedCallError(`${group}.${key}`);
      };
    },
  });
}

/**
 * A strict NewsroomApi for tests: only what a test stubs works, anything else fails loudly,
 * so a test never passes by accident on a default answer.
 */
export function createTestApi(stubs: TestApiStubs = {}): NewsroomApi {
  const api = {
    name: stubs.name ?? 'test',
    capabilities: {
      statuses: articleStatuses,
      workflowActions,
      revisions: true,
      notes: true,
      locks: true,
      moderationRules: true,
      commentBulk: true,
      demoReset: Boolean(stubs.demo),
      ...stubs.capabilities,
    },
    setToken: stubs.setToken ?? (() => {}),
    ...(stubs.demo ? { demo: strictGroup('demo', stubs.demo) } : {}),
  } as NewsroomApi;
  for (const group of groups) {
    (api as unknown as Record<Group, object>)[group] = strictGroup<object>(group, stubs[group]);
  }
  return api;
}
