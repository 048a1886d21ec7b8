import { articleSchema, commentSchema, type ArticleListQuery, type AuditQuery, type CommentListQuery } from '@/domain';
import { ApiError, kindForStatus } from '../../errors';
import { parseJsonText, parseRetryAfter, type QueryValue } from '../../http';
import { articleLockSchema, errorBodySchema } from '../../schemas';

/** Pure translation between the port and the REST wire: query strings in, ApiErrors out. No I/O. */

export function articleListParams(query: Partial<ArticleListQuery>): Record<string, QueryValue> {
  return {
    page: query.page,
    pageSize: query.pageSize,
    sort: query.sort,
    status: query.status,
    categoryId: query.categoryId,
    authorId: query.authorId,
    q: query.q?.trim(),
  };
}

export function commentListParams(query: Partial<CommentListQuery>): Record<string, QueryValue> {
  return {
    page: query.page,
    pageSize: query.pageSize,
    sort: query.sort,
    queue: query.queue,
    articleId: query.articleId,
    q: query.q?.trim(),
  };
}

export function auditParams(query: AuditQuery): Record<string, QueryValue> {
  return {
    page: query.page,
    pageSize: query.pageSize,
    action: query.action?.length ? query.action : undefined,
    by: query.by,
    commentId: query.commentId,
    articleId: query.articleId,
  };
}

/** The server's copy in a 409/412/423 body, typed when it is an article, a comment or a lock. */
export function parseCurrent(value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  for (const schema of [articleSchema, commentSchema, articleLockSchema]) {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
  }
  return value;
}

export type ErrorResponse = {
  status: number;
  statusText?: string;
  /** Header lookup, case-insensitive (a `Headers` object or an XHR's `getResponseHeader`). */
  header: (name: string) => string | null;
  bodyText: string;
  /** What was asked, for the message: `PATCH /articles/a1`. */
  request: string;
};

export function toApiError(response: ErrorResponse, now: number = Date.now()): ApiError {
  const { status } = response;
  const kind = kindForStatus(status);
  const json = parseJsonText(response.bodyText);
  const body = json.ok ? errorBodySchema.safeParse(json.value) : undefined;
  const error = body?.success ? body.data.error : undefined;
  const statusLine = `HTTP ${status}${response.statusText ? ` ${response.statusText}` : ''}`;
  return new ApiError({
    kind,
    status,
    code: error?.code ?? (kind === 'server' ? 'http_error' : kind),
    message: error?.message || `${response.request} failed: ${statusLine}`,
    fields: error?.fields && Object.keys(error.fields).length ? error.fields : undefined,
    current: kind === 'conflict' || status === 423 ? parseCurrent(error?.current) : undefined,
    retryAfter: parseRetryAfter(response.header('Retry-After'), now),
  });
}
