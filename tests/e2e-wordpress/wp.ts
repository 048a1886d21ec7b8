import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type HarnessUser = { id: number; username: string; name: string; role: string; password: string };
type HarnessState = {
  baseUrl: string;
  restRoot: string;
  users: Record<'admin' | 'editor' | 'reporter' | 'moderator', HarnessUser> & Record<string, HarnessUser>;
  categories: Record<string, number>;
  posts: Record<string, number>;
  comments: Record<'hold' | 'approved' | 'spam' | 'trash', number[]>;
};

/** What scripts/wp/start.sh wrote: base URL, users with their application passwords, seeded ids. */
export const harness: HarnessState = JSON.parse(
  readFileSync(process.env.WP_HARNESS_STATE || join(process.cwd(), '.wp-harness', 'state.json'), 'utf8'),
);

async function wpRequest<T>(method: 'GET' | 'POST', route: string, body?: unknown): Promise<T> {
  const { username, password } = harness.users.admin;
  // ?rest_route= works whatever the permalink settings; the route's own query joins with &.
  const url = `${harness.baseUrl}/?rest_route=${route.replace('?', '&')}`;
  const response = await fetch(url, {
    method,
    headers: {
      Authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Reads WordPress back over its REST API as the administrator, never through the app. */
export const wpGet = <T = Record<string, unknown>>(route: string) => wpRequest<T>('GET', route);

/** Prepares data the way a reader's browser would leave it, as the administrator. */
export const wpPost = <T = Record<string, unknown>>(route: string, body: unknown) => wpRequest<T>('POST', route, body);

/** Polls a read until it satisfies the check: the app may answer before WordPress has committed. */
export async function wpUntil<T>(route: string, ok: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await wpGet<T>(route);
  while (!ok(last) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    last = await wpGet<T>(route);
  }
  return last;
}
