import type { Article } from '@/domain';

export type ApiErrorKind =
  | 'validation'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  | 'server'
  | 'network';

export type ApiErrorInit = {
  kind: ApiErrorKind;
  message: string;
  status?: number;
  code?: string;
  /** Per-field messages (validation), keyed by the domain field path, e.g. `title`, `featuredImage.alt`. */
  fields?: Record<string, string>;
  /** The server's current copy when a write was based on a stale version. */
  current?: Article | unknown;
  /** Seconds to wait before retrying (429). */
  retryAfter?: number;
};

/** The one error type every adapter throws. Features switch on `kind`, never on HTTP details. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status?: number;
  readonly code?: string;
  readonly fields?: Record<string, string>;
  readonly current?: unknown;
  readonly retryAfter?: number;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.name = 'ApiError';
    this.kind = init.kind;
    this.status = init.status;
    this.code = init.code;
    this.fields = init.fields;
    this.current = init.current;
    this.retryAfter = init.retryAfter;
  }

  /** Worth retrying automatically: the request may succeed later without the user doing anything. */
  get transient(): boolean {
    return this.kind === 'network' || this.kind === 'server' || this.kind === 'rate_limited';
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

export function kindForStatus(status: number): ApiErrorKind {
  if (status === 400 || status === 422) return 'validation';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not_found';
  // 423: someone else holds the article's edit lock; the body carries the holder as `current`.
  if (status === 409 || status === 412 || status === 423) return 'conflict';
  if (status === 429) return 'rate_limited';
  return 'server';
}
