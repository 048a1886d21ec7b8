import type { Article, ArticleSummary, Comment, CommentStatus, FeaturedImage, Role, User } from '@/domain';
import type { RevisionSummary } from '../../port';
import { contentToDoc } from './content';
import { countWords, decodeEntities, gmtToIso, hashIp, htmlToText } from './text';
import { wpMediaSchema, wpTermSchema, wpUserSchema, type WpComment, type WpPost, type WpRevision, type WpUser } from './wire';
import { articleStatusOf, parseWorkflowMeta, VERSION_META, WORKFLOW_META, type WorkflowMeta } from './workflow';

/** Pure translation from wp/v2 resources to the domain. */

/** publish_posts / edit_others_posts → editor-in-chief; moderate_comments → moderator; anyone else writes. */
export function rolesOf(capabilities: Record<string, boolean> | undefined): Role[] {
  const can = (cap: string) => capabilities?.[cap] === true;
  const roles: Role[] = [];
  if (can('publish_posts') || can('edit_others_posts')) roles.push('editor_in_chief');
  else if (can('moderate_comments')) roles.push('moderator');
  if (!roles.length) roles.push('reporter');
  return roles;
}

export function toUser(wp: WpUser): User {
  const avatar = wp.avatar_urls?.['96'] ?? wp.avatar_urls?.['48'];
  return {
    id: String(wp.id),
    username: wp.username ?? wp.slug,
    name: wp.name || wp.username || wp.slug,
    ...(wp.email ? { email: wp.email } : {}),
    roles: rolesOf(wp.capabilities),
    ...(avatar ? { avatarUrl: avatar } : {}),
  };
}

export function metaOf(post: Pick<WpPost, 'meta'>): Record<string, unknown> {
  return post.meta && !Array.isArray(post.meta) ? post.meta : {};
}
export const workflowMetaOf = (post: Pick<WpPost, 'meta'>): WorkflowMeta => parseWorkflowMeta(metaOf(post)[WORKFLOW_META]);

/**
 * modified_gmt has one-second resolution; the companion's save counter tells saves within the same
 * second apart. Both only grow, so the pair is a version that grows with every save.
 */
export function versionOf(post: Pick<WpPost, 'modified_gmt' | 'meta'>): number {
  const seconds = Math.floor(Date.parse(`${post.modified_gmt}Z`) / 1000);
  const counter = Number(metaOf(post)[VERSION_META] ?? 0);
  return seconds * 1000 + ((Number.isFinite(counter) ? counter : 0) % 1000);
}

function embeddedTerms(post: WpPost, taxonomy: string) {
  return (post._embedded?.['wp:term'] ?? [])
    .flat()
    .map((t) => wpTermSchema.safeParse(t))
    .flatMap((r) => (r.success && r.data.taxonomy === taxonomy ? [r.data] : []));
}

function featuredImageOf(post: WpPost): FeaturedImage | null {
  if (!post.featured_media) return null;
  const media = wpMediaSchema.safeParse(post._embedded?.['wp:featuredmedia']?.[0]);
  if (!media.success) return null;
  const caption = media.data.caption?.raw ?? htmlToText(media.data.caption?.rendered ?? '');
  return { url: media.data.source_url, caption, alt: media.data.alt_text, mediaId: String(media.data.id) };
}

function bylineOf(post: WpPost): string {
  const author = wpUserSchema.safeParse(post._embedded?.author?.[0]);
  return author.success ? author.data.name : '';
}

/** A post as a list row; null when the newsroom does not show it (trash). */
export function toSummary(post: WpPost): ArticleSummary | null {
  const meta = workflowMetaOf(post);
  const status = articleStatusOf(post.status, meta);
  if (!status) return null;
  const date = gmtToIso(post.date_gmt);
  const updatedAt = gmtToIso(post.modified_gmt) ?? new Date(0).toISOString();
  const reason = meta.reason && (status === 'changes_requested' || status === 'unpublished') ? meta.reason : null;
  // The companion's history says when the article last entered review; a site without it cannot tell.
  const submittedAt = meta.history.findLast((h) => h.to === 'in_review')?.at ?? null;
  return {
    id: String(post.id),
    title: post.title.raw ?? decodeEntities(post.title.rendered),
    sapo: post.excerpt?.raw ?? htmlToText(post.excerpt?.rendered ?? ''),
    slug: post.slug,
    categoryId: post.categories.length ? String(post.categories[0]) : '',
    tags: embeddedTerms(post, 'post_tag').map((t) => t.name),
    authorId: String(post.author),
    byline: bylineOf(post),
    source: '',
    featuredImage: featuredImageOf(post),
    relatedIds: [],
    seoTitle: '',
    seoDescription: '',
    status,
    scheduledAt: status === 'scheduled' ? date : null,
    publishedAt: status === 'published' || status === 'unpublished' ? date : null,
    createdAt: date ?? updatedAt,
    updatedAt,
    version: versionOf(post),
    commentCount: 0,
    wordCount: countWords(post.content?.raw ?? post.content?.rendered ?? ''),
    lastReason: reason,
    submittedAt,
  };
}

export function toArticle(post: WpPost): Article | null {
  const summary = toSummary(post);
  if (!summary) return null;
  // Without edit context (a contributor reading a published post) only the rendered HTML is available.
  return { ...summary, body: contentToDoc(post.content?.raw ?? post.content?.rendered ?? '') };
}

export function toRevisionSummary(articleId: string, revision: WpRevision): RevisionSummary {
  return {
    rev: revision.id,
    articleId,
    at: gmtToIso(revision.modified_gmt) ?? gmtToIso(revision.date_gmt) ?? new Date(0).toISOString(),
    by: String(revision.author),
    title: revision.title.raw ?? decodeEntities(revision.title.rendered),
  };
}

/** `approve` in queries, `approved` on the field; trash is our "rejected". */
export const COMMENT_STATUS: Record<string, CommentStatus> = { hold: 'pending', approved: 'approved', spam: 'spam', trash: 'rejected' };
export const COMMENT_QUERY: Record<CommentStatus, string> = { pending: 'hold', approved: 'approve', spam: 'spam', rejected: 'trash' };
const COMMENT_VERSION: Record<CommentStatus, number> = { pending: 0, approved: 1, spam: 2, rejected: 3 };

export function toComment(wp: WpComment): Comment {
  const status = COMMENT_STATUS[wp.status] ?? 'pending';
  const post = wp._embedded?.up?.[0] as { title?: { rendered?: string } } | undefined;
  return {
    id: String(wp.id),
    articleId: String(wp.post),
    ...(post?.title?.rendered !== undefined ? { articleTitle: decodeEntities(post.title.rendered) } : {}),
    parentId: wp.parent ? String(wp.parent) : null,
    authorName: wp.author_name,
    ...(wp.author_email ? { email: wp.author_email } : {}),
    ...(wp.author_url ? { url: wp.author_url } : {}),
    ipHash: hashIp(wp.author_ip),
    body: wp.content.raw ?? htmlToText(wp.content.rendered),
    createdAt: gmtToIso(wp.date_gmt) ?? new Date(0).toISOString(),
    status,
    reports: 0,
    staffReply: wp.author !== 0,
    flags: [],
    // WordPress keeps no comment revision: the status it was read in stands for the version.
    version: COMMENT_VERSION[status],
    moderatedBy: null,
    moderatedAt: null,
  };
}
