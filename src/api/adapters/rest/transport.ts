import type { z } from 'zod';
import { isAbortError, malformed, networkError, parseJsonText, parseResponse, resolveUrl, type QueryValue } from '../../http';
import { toApiError } from './mapper';

export type TransportOptions = {
  baseUrl: string;
  fetch: typeof fetch;
  getToken: () => string | null;
};

export type RequestOptions = {
  query?: Record<string, QueryValue>;
  /** Sent as JSON, or as is when it is FormData. */
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
};

export type Transport = {
  /** Parses the answer with `schema`; resolves to the parsed value. */
  json<S extends z.ZodMiniType>(method: string, path: string, schema: S, options?: RequestOptions): Promise<z.output<S>>;
  /** For endpoints that answer 204 No Content. */
  empty(method: string, path: string, options?: RequestOptions): Promise<void>;
  url(path: string, query?: Record<string, QueryValue>): string;
  authHeaders(): Record<string, string>;
};

export function createTransport({ baseUrl, fetch: fetchImpl, getToken }: TransportOptions): Transport {
  const url = (path: string, query?: Record<string, QueryValue>) => resolveUrl(baseUrl, path, query);
  const authHeaders = (): Record<string, string> => {
    const token = getToken();
    return token ? { Authorization: `Bearer ${token}` } : {};
  };

  async function send(method: string, path: string, options: RequestOptions = {}) {
    const target = url(path, options.query);
    const headers: Record<string, string> = { Accept: 'application/json', ...authHeaders(), ...options.headers };
    let body: BodyInit | undefined;
    if (options.body instanceof FormData) body = options.body;
    else if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
    let response: Response;
    try {
      response = await fetchImpl(target, { method, headers, body, signal: options.signal });
    } catch (error) {
      if (isAbortError(error, options.signal)) throw error;
      throw networkError(target, error);
    }
    const text = await readText(response, target, options.signal);
    const request = `${method} ${path}`;
    if (!response.ok) {
      throw toApiError({ status: response.status, statusText: response.statusText, header: (n) => response.headers.get(n), bodyText: text, request });
    }
    return { text, status: response.status, request };
  }

  return {
    url,
    authHeaders,
    async json(method, path, schema, options) {
      const { text, status, request } = await send(method, path, options);
      const json = parseJsonText(text);
      if (!json.ok) return malformed(request, 'the body is not JSON', status);
      return parseResponse(schema, json.value, request, status);
    },
    async empty(method, path, options) {
      await send(method, path, options);
    },
  };
}

async function readText(response: Response, target: string, signal?: AbortSignal): Promise<string> {
  try {
    return await response.text();
  } catch (error) {
    if (isAbortError(error, signal)) throw error;
    throw networkError(target, error);
  }
}
