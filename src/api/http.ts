import type { z } from 'zod';
import { ApiError } from './errors';

/**
 * Small HTTP helpers shared by adapters. Kept free of any one backend's conventions:
 * what an error body looks like is each adapter's business.
 */

export type QueryValue = string | number | boolean | readonly (string | number)[] | null | undefined;

/** A relative base (`/api`) is resolved against the page, so the same config works in the browser and in tests. */
export function resolveUrl(baseUrl: string, path: string, query?: Record<string, QueryValue>): string {
  const origin = typeof location !== 'undefined' && location.origin && location.origin !== 'null' ? location.origin : undefined;
  const base = baseUrl.replace(/\/+$/, '');
  const url = new URL(`${base}${path}`, origin);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) url.searchParams.set(key, value.join(','));
    } else {
      url.searchParams.set(key, String(value));
    }
  }
  return url.toString();
}

/** `Retry-After` is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

export function isAbortError(error: unknown, signal?: AbortSignal): boolean {
  if (signal?.aborted) return true;
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

/** `fetch` rejects with a TypeError when the request never got an answer (offline, DNS, CORS). */
export function networkError(url: string, cause?: unknown): ApiError {
  const detail = cause instanceof Error && cause.message ? ` (${cause.message})` : '';
  return new ApiError({ kind: 'network', message: `Could not reach the server at ${url}${detail}` });
}

/** What zod Mini says of every issue unless a schema gives its own message (it carries no others). */
const GENERIC = 'Invalid input';

/** One issue in words: the schema's own message (a code such as `unsafe_url`), else what its code says. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.message && issue.message !== GENERIC) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return `too small (at least ${String(issue.minimum)})`;
    case 'too_big':
      return `too big (at most ${String(issue.maximum)})`;
    case 'invalid_format':
      return `not a valid ${issue.format}`;
    case 'unrecognized_keys':
      return `unexpected ${issue.keys.join(', ')}`;
    default:
      return issue.code;
  }
}

export function describeIssues(error: z.core.$ZodError, limit = 3): string {
  const parts = error.issues.slice(0, limit).map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${describeIssue(i)}`);
  const more = error.issues.length > limit ? ` (+${error.issues.length - limit} more)` : '';
  return parts.join('; ') + more;
}

/** Every response is parsed with the domain schema; a backend that answers something else is a server fault. */
export function parseResponse<S extends z.ZodMiniType>(schema: S, data: unknown, what: string, status?: number): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  return malformed(what, describeIssues(result.error), status);
}

export function malformed(what: string, detail: string, status?: number): never {
  throw new ApiError({ kind: 'server', code: 'malformed_response', status, message: `Unexpected response from ${what}: ${detail}` });
}

/** Body text as JSON; an empty body is `undefined`, text that is not JSON is reported as such. */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false } {
  if (!text.trim()) return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}
