import { http } from 'msw';
import { withFaults } from '../faults';
import { authed, pathFor } from '../http';
import { notFound } from '../errors';
import { articleExtraHandlers } from './article-extras';
import { articleHandlers } from './articles';
import { authHandlers } from './auth';
import { commentHandlers } from './comments';
import { demoHandlers } from './demo';
import { mediaHandlers, type MediaUrlMode } from './media';
import { moderationHandlers } from './moderation';
import { statsHandlers } from './stats';
import { taxonomyHandlers } from './taxonomy';
import { userHandlers } from './users';

export type HandlerOptions = {
  /** `data` (browser: survives reloads) or `fake` (Node: `https://demo.local/media/<id>.jpg`). */
  mediaUrls?: MediaUrlMode;
};

const inNode = () => typeof process !== 'undefined' && Boolean(process.versions?.node);

/** The REST contract over the one in-memory store, mounted at `baseUrl` (`/api` or an absolute URL). */
export function createHandlers(baseUrl = '/api', options: HandlerOptions = {}) {
  const base = baseUrl.replace(/\/+$/, '');
  return withFaults(pathFor(base, '/*'), `${new URL(base, 'http://x').pathname}/demo/`, [
    ...authHandlers(base),
    ...statsHandlers(base),
    ...articleHandlers(base),
    ...articleExtraHandlers(base),
    ...commentHandlers(base),
    ...moderationHandlers(base),
    ...taxonomyHandlers(base),
    ...mediaHandlers(base, options.mediaUrls ?? (inNode() ? 'fake' : 'data')),
    ...userHandlers(base),
    ...demoHandlers(base),
    // Like a real server: unknown routes are 401 without a token and 404 with one.
    http.all(
      pathFor(base, '/*'),
      authed(() => {
        throw notFound('route');
      }),
    ),
  ]);
}
