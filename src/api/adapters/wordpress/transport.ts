import type { z } from 'zod';
import { isAbortError, malformed, networkError, parseJsonText, parseResponse, type QueryValue } from '../../http';
import { toApiError } from './errors';
import { wpIndexSchema } from './wire';

export type Root = { url: string; form: 'path' | 'query'; namespaces: readonly string[] };

export type WpRequest = {
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
  /** Overrides the signed-in credential (sign-in checks a new one). */
  token?: string | null;
  /** Sent as is (a file), with these headers; otherwise `body` goes as JSON. */
  raw?: { bytes: Uint8Array; headers: Record<string, string> };
};
export type WpResponse<T> = { data: T; total: number | null; status: number };

/** `/wp-json/` or `?rest_route=`: builds a route URL in the form the site answers. */
export function routeUrl(root: Pick<Root, 'url' | 'form'>, route: string, query: Record<string, QueryValue> = {}): string {
  const url = new URL(root.form === 'path' ? root.url.replace(/\/?$/, '/') + route.replace(/^\//, '') : root.url);
  if (root.form === 'query') url.searchParams.set('rest_route', `/${route.replace(/^\//, '')}`);
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    url.searchParams.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  return url.toString();
}

/** The `Link: <…>; rel="https://api.w.org/"` header every WordPress page sends. */
export function apiRootFromLink(header: string | null): string | null {
  const match = header && /<([^>]+)>\s*;\s*rel="https:\/\/api\.w\.org\/"/.exec(header);
  return match ? match[1] : null;
}

const rootOf = (url: string): Pick<Root, 'url' | 'form'> => (/[?&]rest_route=/.test(url) ? { url: url.replace(/[?&]rest_route=[^&]*/, ''), form: 'query' } : { url, form: 'path' });

export function createWpTransport(options: { baseUrl: string; fetch: typeof fetch; getToken: () => string | null }) {
  const base = new URL(options.baseUrl.replace(/\/+$/, '') + '/', typeof location !== 'undefined' && location.origin !== 'null' ? location.origin : undefined).toString();
  let rootPromise: Promise<Root> | null = null;

  async function tryIndex(candidate: Pick<Root, 'url' | 'form'>): Promise<Root | null> {
    try {
      const response = await options.fetch(routeUrl(candidate, ''), { headers: { Accept: 'application/json' } });
      const json = parseJsonText(await response.text());
      const index = json.ok && response.ok ? wpIndexSchema.safeParse(json.value) : null;
      return index?.success ? { ...candidate, namespaces: index.data.namespaces } : null;
    } catch {
      return null;
    }
  }

  /**
   * The REST root. The `Link` header is authoritative but a browser cannot read it across origins
   * (the front page has no CORS headers), so the usual places are tried first: `/wp-json/`, which
   * needs pretty permalinks, then `?rest_route=`, which works everywhere.
   */
  async function discover(): Promise<Root> {
    if (/\/wp-json\/?$|[?&]rest_route=/.test(options.baseUrl)) {
      const given = await tryIndex(rootOf(new URL(options.baseUrl, base).toString()));
      if (given) return given;
    }
    for (const candidate of [{ url: `${base}wp-json/`, form: 'path' as const }, { url: base, form: 'query' as const }]) {
      const root = await tryIndex(candidate);
      if (root) return root;
    }
    try {
      const link = apiRootFromLink((await options.fetch(base, { method: 'HEAD' })).headers.get('Link'));
      const root = link ? await tryIndex(rootOf(link)) : null;
      if (root) return root;
    } catch {
      // A cross-origin front page: nothing more to learn.
    }
    throw networkError(base, new Error('no WordPress REST API found there (tried /wp-json/, ?rest_route= and the Link header)'));
  }

  const root = () => {
    rootPromise ??= discover().catch((error) => {
      rootPromise = null;
      throw error;
    });
    return rootPromise;
  };

  async function send(method: string, route: string, req: WpRequest = {}) {
    const target = routeUrl(await root(), route, req.query);
    const token = req.token === undefined ? options.getToken() : req.token;
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (token) headers.Authorization = `Basic ${token}`;
    let body: BodyInit | undefined;
    if (req.raw) {
      Object.assign(headers, req.raw.headers);
      body = req.raw.bytes as BodyInit;
    } else if (req.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(req.body);
    }
    let response: Response;
    let text: string;
    try {
      response = await options.fetch(target, { method, headers, body, signal: req.signal });
      text = await response.text();
    } catch (error) {
      if (isAbortError(error, req.signal)) throw error;
      throw networkError(target, error);
    }
    const request = `${method} ${route}`;
    if (!response.ok) throw toApiError({ status: response.status, bodyText: text, request });
    const json = parseJsonText(text);
    if (!json.ok) return malformed(request, 'the body is not JSON', response.status);
    const total = response.headers.get('X-WP-Total');
    return { value: json.value, total: total === null ? null : Number(total), status: response.status, request };
  }

  return {
    root,
    async json<S extends z.ZodMiniType>(method: string, route: string, schema: S, req?: WpRequest): Promise<WpResponse<z.output<S>>> {
      const { value, total, status, request } = await send(method, route, req);
      return { data: parseResponse(schema, value, request, status), total, status };
    },
  };
}

export type WpTransport = ReturnType<typeof createWpTransport>;
