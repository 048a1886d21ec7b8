import { articleStatusSchema, pageSizes, type ArticleListQuery, type ArticleSort, type ArticleStatus } from '@/domain';

/** The list's state as it appears in the address bar; defaults are left out so links stay short. */
export type ListParams = {
  q: string;
  status: ArticleStatus[];
  category: string;
  author: string;
  sort: SortToken;
  page: number;
  pageSize: number;
};

/** URL-friendly names for the API's sort orders (a `:` would be percent-encoded). */
export const sortTokens = {
  'updated-desc': 'updatedAt:desc',
  'updated-asc': 'updatedAt:asc',
  'created-desc': 'createdAt:desc',
  'created-asc': 'createdAt:asc',
} as const satisfies Record<string, ArticleSort>;
export type SortToken = keyof typeof sortTokens;

export const DEFAULT_PARAMS: ListParams = {
  q: '',
  status: [],
  category: '',
  author: '',
  sort: 'updated-desc',
  page: 1,
  pageSize: 20,
};

const isSortToken = (v: string | null): v is SortToken => v !== null && v in sortTokens;

function positiveInt(v: string | null): number | null {
  const n = Number(v);
  return v && Number.isInteger(n) && n >= 1 ? n : null;
}

/** Reads what a person may have typed or pasted: unknown values fall back to defaults instead of failing. */
export function parseListParams(search: URLSearchParams, allowed: readonly ArticleStatus[]): ListParams {
  const statuses = (search.get('status') ?? '')
    .split(',')
    .map((s) => articleStatusSchema.safeParse(s.trim()))
    .flatMap((r) => (r.success && allowed.includes(r.data) ? [r.data] : []));
  const pageSize = positiveInt(search.get('pageSize'));
  const sort = search.get('sort');
  return {
    q: search.get('q') ?? '',
    status: [...new Set(statuses)],
    category: search.get('category') ?? '',
    author: search.get('author') ?? '',
    sort: isSortToken(sort) ? sort : DEFAULT_PARAMS.sort,
    page: positiveInt(search.get('page')) ?? 1,
    pageSize: pageSize && (pageSizes as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PARAMS.pageSize,
  };
}

export function serializeListParams(params: ListParams): URLSearchParams {
  const out = new URLSearchParams();
  const put = (key: keyof ListParams, value: string) => {
    if (value !== String(DEFAULT_PARAMS[key])) out.set(key, value);
  };
  put('q', params.q.trim());
  put('status', params.status.join(','));
  put('category', params.category);
  put('author', params.author);
  put('sort', params.sort);
  put('page', String(params.page));
  put('pageSize', String(params.pageSize));
  return out;
}

/** The API query for these params; `authorId` overrides the URL's author (the "my articles" scope). */
export function toListQuery(params: ListParams, authorId?: string): ArticleListQuery {
  const query: ArticleListQuery = { page: params.page, pageSize: params.pageSize, sort: sortTokens[params.sort] };
  if (params.status.length) query.status = params.status;
  if (params.category) query.categoryId = params.category;
  const author = authorId ?? params.author;
  if (author) query.authorId = author;
  if (params.q.trim()) query.q = params.q.trim();
  return query;
}
