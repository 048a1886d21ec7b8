import { z } from 'zod';
import { articleDraftSchema, isEditorInChief, type Article, type ArticleDraft, type ArticleListQuery, type ArticleSummary, type ListResult } from '@/domain';
import { ApiError, isApiError } from '../../errors';
import { describeIssues } from '../../http';
import type { NewsroomApi } from '../../port';
import { docToContent } from './content';
import { wpId, type WpContext } from './context';
import { toArticle, toSummary, versionOf, workflowMetaOf } from './mapper';
import { resolveTags, saveFeaturedImage } from './taxonomy';
import { wpPostSchema, type WpPost } from './wire';
import { planTransition, workflowCapabilities, wpStatusesFor, WORKFLOW_META } from './workflow';

const EMBED = 'author,wp:term,wp:featuredmedia';
const SORT: Record<ArticleListQuery['sort'], { orderby: string; order: string }> = {
  'updatedAt:desc': { orderby: 'modified', order: 'desc' },
  'updatedAt:asc': { orderby: 'modified', order: 'asc' },
  'createdAt:desc': { orderby: 'date', order: 'desc' },
  'createdAt:asc': { orderby: 'date', order: 'asc' },
  // WordPress cannot order by a time kept in the companion's meta: the page comes by last change and
  // is put in submission order below (exact for the review queue, which fits on one page).
  'submittedAt:desc': { orderby: 'modified', order: 'desc' },
  'submittedAt:asc': { orderby: 'modified', order: 'asc' },
};

function inSubmissionOrder(items: ArticleSummary[], sort: ArticleListQuery['sort']): ArticleSummary[] {
  if (!sort.startsWith('submittedAt:')) return items;
  const sign = sort.endsWith(':asc') ? 1 : -1;
  const key = (a: ArticleSummary) => a.submittedAt ?? a.updatedAt;
  return [...items].sort((a, b) => sign * key(a).localeCompare(key(b)));
}

function validate(draft: ArticleDraft): ArticleDraft {
  const parsed = articleDraftSchema.safeParse(draft);
  if (parsed.success) return parsed.data;
  const fields = Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]));
  throw new ApiError({ kind: 'validation', status: 400, code: 'invalid_article', fields, message: `The article is not valid: ${describeIssues(parsed.error)}` });
}

function present(post: WpPost): Article {
  const article = toArticle(post);
  if (!article) throw new ApiError({ kind: 'not_found', status: 404, code: 'rest_post_invalid_id', message: `Article ${post.id} is in the trash.` });
  return article;
}

/** The wp/v2 fields for what a draft changes; content only when the document really changed. */
async function postBody(ctx: WpContext, draft: ArticleDraft, storedContent: string): Promise<Record<string, unknown>> {
  const body: Record<string, unknown> = {};
  if (draft.title !== undefined) body.title = draft.title;
  if (draft.sapo !== undefined) body.excerpt = draft.sapo;
  if (draft.body !== undefined) {
    const content = docToContent(draft.body, storedContent);
    if (content !== null) body.content = content;
  }
  if (draft.slug) body.slug = draft.slug;
  if (draft.categoryId !== undefined) body.categories = draft.categoryId ? [Number(draft.categoryId)] : [];
  if (draft.tags !== undefined) body.tags = await resolveTags(ctx, draft.tags);
  if (draft.featuredImage !== undefined) body.featured_media = draft.featuredImage?.mediaId ? Number(draft.featuredImage.mediaId) : 0;
  return body;
}

export function articlesApi(ctx: WpContext): Omit<NewsroomApi['articles'], 'history' | 'revisions' | 'revision' | 'restoreRevision' | 'notes' | 'addNote' | 'lock' | 'unlock'> {
  const { http } = ctx;
  const fetchPost = async (id: number, signal?: AbortSignal): Promise<WpPost> => {
    try {
      return (await http.json('GET', `wp/v2/posts/${id}`, wpPostSchema, { query: { context: 'edit', _embed: EMBED }, signal })).data;
    } catch (error) {
      // A contributor may read, not edit, their published article: show it from the rendered HTML.
      if (isApiError(error) && error.code === 'rest_forbidden_context') {
        return (await http.json('GET', `wp/v2/posts/${id}`, wpPostSchema, { query: { _embed: EMBED }, signal })).data;
      }
      throw error;
    }
  };
  /** The emulated If-Match: read, compare, then write. WordPress itself would accept any write. */
  const current = async (id: string, version: number): Promise<WpPost> => {
    const post = await fetchPost(wpId(id, 'article'));
    const article = present(post);
    if (versionOf(post) !== version) {
      throw new ApiError({ kind: 'conflict', status: 412, code: 'stale_version', current: article, message: 'Someone else has changed this article since you opened it.' });
    }
    return post;
  };
  const write = async (id: number, body: Record<string, unknown>) =>
    present((await http.json('POST', `wp/v2/posts/${id}`, wpPostSchema, { query: { context: 'edit', _embed: EMBED }, body })).data);

  return {
    async list(query, signal): Promise<ListResult<ArticleSummary>> {
      const [me, companion] = await Promise.all([ctx.me(), ctx.companion()]);
      const statuses = query.status?.length ? query.status : workflowCapabilities(companion).statuses;
      const wpStatuses = wpStatusesFor(statuses);
      const editor = isEditorInChief(me);
      // X-WP-Total counts rows the caller may not see; limited to their own articles, it is exact.
      const author = query.authorId ?? (editor || (wpStatuses.length === 1 && wpStatuses[0] === 'publish') ? undefined : me.id);
      const params = {
        status: wpStatuses,
        newsroom_status: companion ? [...statuses] : undefined,
        search: query.q?.trim(),
        categories: query.categoryId,
        author,
        page: query.page,
        per_page: query.pageSize,
        ...SORT[query.sort],
        context: editor ? 'edit' : 'view',
        _embed: EMBED,
      };
      try {
        const { data, total } = await http.json('GET', 'wp/v2/posts', z.array(wpPostSchema), { query: params, signal });
        return { items: inSubmissionOrder(data.flatMap((p) => toSummary(p) ?? []), query.sort), total: total ?? data.length };
      } catch (error) {
        if (!isApiError(error) || error.code !== 'rest_post_invalid_page_number') throw error;
        const { total } = await http.json('GET', 'wp/v2/posts', z.array(wpPostSchema), { query: { ...params, page: 1, per_page: 1 }, signal });
        return { items: [], total: total ?? 0 };
      }
    },

    get: async (id, signal) => present(await fetchPost(wpId(id, 'article'), signal)),

    async create(draft) {
      const valid = validate(draft);
      const body: Record<string, unknown> = { content: '', ...(await postBody(ctx, valid, '')), status: 'draft' };
      const { data } = await http.json('POST', 'wp/v2/posts', wpPostSchema, { query: { context: 'edit', _embed: EMBED }, body });
      if (valid.featuredImage?.mediaId) await saveFeaturedImage(ctx, valid.featuredImage);
      return valid.featuredImage?.mediaId ? present(await fetchPost(data.id)) : present(data);
    },

    async update(id, patch, version) {
      const valid = validate(patch);
      const post = await current(id, version);
      const [me, companion] = await Promise.all([ctx.me(), ctx.companion()]);
      const body = await postBody(ctx, valid, post.content?.raw ?? '');
      const meta = workflowMetaOf(post);
      // Editing an approved article sends it back to review unless the editor-in-chief edits it.
      if (companion && meta.stage === 'approved' && !isEditorInChief(me)) body.meta = { [WORKFLOW_META]: JSON.stringify({ ...meta, stage: '' }) };
      if (valid.featuredImage?.mediaId) await saveFeaturedImage(ctx, valid.featuredImage);
      return write(post.id, body);
    },

    async remove(id, version) {
      const post = await current(id, version);
      await http.json('DELETE', `wp/v2/posts/${post.id}`, z.unknown());
    },

    async transition(id, action, options) {
      const post = await current(id, options.version);
      const [me, companion] = await Promise.all([ctx.me(), ctx.companion()]);
      const article = present(post);
      const plan = planTransition(action, { status: article.status, authorId: article.authorId, meta: workflowMetaOf(post) }, me, options, companion, ctx.now());
      if (!plan.ok) {
        throw new ApiError({
          kind: plan.kind,
          status: plan.kind === 'forbidden' ? 403 : plan.kind === 'conflict' ? 409 : 400,
          code: plan.kind === 'conflict' ? 'invalid_state' : plan.kind,
          message: plan.message,
          ...(plan.field ? { fields: { [plan.field]: 'required' } } : {}),
          ...(plan.kind === 'conflict' ? { current: article } : {}),
        });
      }
      return write(post.id, plan.body);
    },

    async slugAvailable(slug, exceptId) {
      const { data } = await http.json('GET', 'wp/v2/posts', z.array(z.object({ id: z.number() })), {
        query: { slug, status: ['draft', 'pending', 'future', 'publish', 'private'], _fields: 'id', per_page: 10 },
      });
      return data.every((p) => String(p.id) === exceptId);
    },
  };
}
