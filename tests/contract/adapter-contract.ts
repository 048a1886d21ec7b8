import type { NewsroomApi } from '@/api/port';
import type { LoginInput, User } from '@/domain';
import { articleContract } from './suites/articles';
import { authContract } from './suites/auth';
import { commentContract } from './suites/comments';
import { editorialContract } from './suites/editorial';
import { taxonomyContract } from './suites/taxonomy';
import { workflowContract } from './suites/workflow';

export type AccountRole = 'reporter' | 'editor' | 'moderator';

/** What a backend under test provides. Fixtures are discovered through the API, never hard-coded. */
export type ContractContext = {
  api: NewsroomApi;
  accounts: Record<AccountRole, LoginInput>;
  /** Restores the backend's data before each test, when the backend can (the mock server can, a real one cannot). */
  reset?: () => void | Promise<void>;
  teardown?: () => void | Promise<void>;
  /** Behaviours beyond the port's types that only some backends have. */
  traits?: {
    /** Search ignores tone marks (`quan 8` finds `Quận 8`). */
    foldedSearch?: boolean;
    /** Signing out invalidates the token (a bearer session can; a WordPress application password cannot). */
    logoutRevokes?: boolean;
  };
};

export type Harness = {
  readonly api: NewsroomApi;
  readonly traits: NonNullable<ContractContext['traits']>;
  /** Signs in as that account (once per test), makes it the caller, and returns its user. */
  as(role: AccountRole): Promise<User>;
  /** A short string unique within this run, to tell this run's data from what the backend already holds. */
  unique(): string;
};

/**
 * The behaviours every NewsroomApi adapter must have, as one suite. Each backend runs it with its
 * own `setup`: the rest adapter over the mock server, the wordpress adapter over a real WordPress.
 */
export function defineAdapterContract(name: string, setup: () => ContractContext | Promise<ContractContext>): void {
  describe(`NewsroomApi contract: ${name}`, () => {
    let context: ContractContext | undefined;
    const sessions = new Map<AccountRole, { token: string; user: User }>();
    let counter = 0;
    const run = Date.now().toString(36);

    const ctx = (): ContractContext => {
      if (!context) throw new Error('The contract setup did not run.');
      return context;
    };

    const harness: Harness = {
      get api() {
        return ctx().api;
      },
      get traits() {
        return ctx().traits ?? {};
      },
      async as(role) {
        let session = sessions.get(role);
        if (!session) {
          const signedIn = await ctx().api.auth.login(ctx().accounts[role]);
          session = { token: signedIn.token, user: signedIn.user };
          sessions.set(role, session);
        }
        ctx().api.setToken(session.token);
        return session.user;
      },
      unique: () => `${run}${(counter += 1)}`,
    };

    beforeAll(async () => {
      context = await setup();
    });
    afterAll(async () => {
      await context?.teardown?.();
    });
    beforeEach(async () => {
      sessions.clear();
      ctx().api.setToken(null);
      await ctx().reset?.();
    });

    authContract(harness);
    articleContract(harness);
    workflowContract(harness);
    editorialContract(harness);
    commentContract(harness);
    taxonomyContract(harness);
  });
}
