import type { User } from '@/domain';
import { ApiError, isApiError } from '../../errors';
import type { Capabilities, NewsroomApi } from '../../port';
import { articlesApi } from './articles';
import { commentsApi } from './comments';
import type { WpContext } from './context';
import { editorialApi } from './editorial';
import { BAD_CREDENTIALS } from './errors';
import { toUser } from './mapper';
import { mediaApi, taxonomyApi, usersApi } from './taxonomy';
import { createWpTransport } from './transport';
import { trendingApi } from './trending';
import { wpUserSchema } from './wire';
import { workflowCapabilities } from './workflow';

export type WordPressAdapterOptions = {
  /** The site's address (`https://news.example`), or its REST root (`…/wp-json/`, `…/?rest_route=/`). */
  baseUrl: string;
  fetch?: typeof fetch;
  now?: () => Date;
};

export const COMPANION_NAMESPACE = 'newsroom/v1';

export function wordpressCapabilities(companion: boolean): Capabilities {
  return { ...workflowCapabilities(companion), revisions: true, notes: false, locks: false, moderationRules: false, commentBulk: true, demoReset: false, articleStats: false, commentTrends: true };
}

/** WordPress keeps every update as a revision of its own (it folds none), so a restore is an update. */
function articlesOf(ctx: WpContext): NewsroomApi['articles'] {
  const articles = articlesApi(ctx);
  const editorial = editorialApi(ctx);
  return {
    ...articles,
    ...editorial,
    async restoreRevision(id, rev, version) {
      const old = await editorial.revision(id, rev);
      return articles.update(id, { title: old.title, sapo: old.sapo, body: old.body }, version);
    },
  };
}

/** Basic credentials as the header wants them: base64 of UTF-8 `user:application password`. */
export function basicToken(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The adapter for a WordPress site's REST API (wp/v2), signed in with an application password.
 * The "token" the app keeps is the Basic credential itself.
 */
export function createWordPressAdapter(options: WordPressAdapterOptions): NewsroomApi {
  let token: string | null = null;
  let me: { token: string; user: Promise<User> } | null = null;
  // Assume the companion until the REST index says otherwise: the UI reads capabilities before any request.
  let companion = true;
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const http = createWpTransport({ baseUrl: options.baseUrl, fetch: fetchImpl, getToken: () => token });

  const fetchMe = async (credential: string | null): Promise<User> => {
    try {
      return toUser((await http.json('GET', 'wp/v2/users/me', wpUserSchema, { query: { context: 'edit' }, token: credential })).data);
    } catch (error) {
      if (isApiError(error) && (error.kind === 'unauthorized' || BAD_CREDENTIALS.includes(error.code ?? ''))) {
        throw new ApiError({ kind: 'unauthorized', status: 401, code: error.code, message: credential ? error.message : 'Sign in with your WordPress username and an application password.' });
      }
      throw error;
    }
  };

  const ctx: WpContext = {
    http,
    me() {
      if (!token) return fetchMe(null);
      if (me?.token !== token) {
        const entry = { token, user: fetchMe(token) };
        entry.user.catch(() => {
          if (me === entry) me = null;
        });
        me = entry;
      }
      return me.user;
    },
    async companion() {
      companion = (await http.root()).namespaces.includes(COMPANION_NAMESPACE);
      return companion;
    },
    now: options.now ?? (() => new Date()),
  };

  return {
    name: 'wordpress',
    get capabilities() {
      return wordpressCapabilities(companion);
    },
    setToken(next) {
      token = next;
    },
    auth: {
      async login({ username, password }) {
        const credential = basicToken(username.trim(), password.replace(/\s+/g, ''));
        const [user] = await Promise.all([fetchMe(credential), ctx.companion()]);
        return { token: credential, user };
      },
      me: () => ctx.me(),
      // An application password stays valid until revoked in WordPress; signing out forgets it here.
      logout: async () => {
        me = null;
      },
    },
    articles: articlesOf(ctx),
    comments: { ...commentsApi(ctx), ...trendingApi(ctx) },
    moderation: {
      rules: async () => [],
      saveRules: async () => {
        throw new ApiError({ kind: 'validation', status: 501, code: 'not_supported', message: 'WordPress keeps its comment rules in Settings → Discussion, not over the REST API.' });
      },
    },
    taxonomy: taxonomyApi(ctx),
    media: mediaApi(ctx),
    users: usersApi(ctx),
  };
}
