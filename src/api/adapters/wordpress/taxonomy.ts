import { z } from 'zod';
import { slugify, type Category, type FeaturedImage, type User } from '@/domain';
import { ApiError, isApiError } from '../../errors';
import type { NewsroomApi } from '../../port';
import type { WpContext } from './context';
import { toUser } from './mapper';
import { decodeEntities } from './text';
import { wpMediaSchema, wpTermSchema, wpUserSchema } from './wire';

const terms = z.array(wpTermSchema);

/** Every page of a collection (categories, users): WordPress caps a page at 100. */
async function all<S extends z.ZodMiniType<unknown[]>>(ctx: WpContext, route: string, schema: S, query: Record<string, string | number>) {
  const out: z.output<S>[number][] = [];
  for (let page = 1; ; page++) {
    const { data, total } = await ctx.http.json('GET', route, schema, { query: { ...query, per_page: 100, page } });
    out.push(...(data as unknown[]));
    if (!data.length || out.length >= (total ?? 0)) return out;
  }
}

/**
 * Tag names → term ids. Existing tags are matched by name; new ones are created when the caller
 * may (a contributor may not: the article is refused rather than saved without them).
 */
export async function resolveTags(ctx: WpContext, names: readonly string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const name of names.map((n) => n.trim()).filter(Boolean)) {
    const { data } = await ctx.http.json('GET', 'wp/v2/tags', terms, { query: { search: name, per_page: 100 } });
    const found = data.find((t) => decodeEntities(t.name).toLocaleLowerCase('vi') === name.toLocaleLowerCase('vi'));
    if (found) {
      ids.push(found.id);
      continue;
    }
    try {
      ids.push((await ctx.http.json('POST', 'wp/v2/tags', wpTermSchema, { body: { name } })).data.id);
    } catch (error) {
      if (isApiError(error) && error.kind === 'forbidden') {
        throw new ApiError({ kind: 'validation', status: 400, code: 'unknown_tag', fields: { tags: 'unknown_tag' }, message: `The tag "${name}" does not exist on the site and your role cannot create tags.` });
      }
      throw error;
    }
  }
  return ids;
}

/** WordPress keeps caption and alt text on the attachment, not on the post. */
export async function saveFeaturedImage(ctx: WpContext, image: FeaturedImage): Promise<void> {
  if (!image.mediaId) return;
  await ctx.http.json('POST', `wp/v2/media/${Number(image.mediaId)}`, wpMediaSchema, { body: { caption: image.caption, alt_text: image.alt } });
}

export function taxonomyApi(ctx: WpContext): NewsroomApi['taxonomy'] {
  return {
    categories: async (): Promise<Category[]> =>
      (await all(ctx, 'wp/v2/categories', terms, { orderby: 'name' })).map((t) => ({ id: String(t.id), name: decodeEntities(t.name), slug: t.slug })),
    tags: async (q) =>
      (await ctx.http.json('GET', 'wp/v2/tags', terms, { query: { search: q?.trim(), per_page: 100, orderby: 'count', order: 'desc' } })).data.map((t) => decodeEntities(t.name)),
  };
}

export function mediaApi(ctx: WpContext): NewsroomApi['media'] {
  return {
    async upload({ file, filename, onProgress, signal }) {
      // The raw-body form of wp/v2/media: a header value must be ASCII, so the name is transliterated.
      const dot = filename.lastIndexOf('.');
      const ext = dot > 0 ? filename.slice(dot + 1).toLowerCase().replace(/[^a-z0-9]/g, '') : '';
      const name = `${slugify(dot > 0 ? filename.slice(0, dot) : filename) || 'anh'}${ext ? `.${ext}` : ''}`;
      const bytes = new Uint8Array(await file.arrayBuffer());
      const headers = { 'Content-Type': file.type || 'application/octet-stream', 'Content-Disposition': `attachment; filename="${name}"` };
      const { data } = await ctx.http.json('POST', 'wp/v2/media', wpMediaSchema, { raw: { bytes, headers }, signal });
      onProgress?.(1);
      return { id: String(data.id), url: data.source_url };
    },
  };
}

export function usersApi(ctx: WpContext): NewsroomApi['users'] {
  return {
    async list(): Promise<User[]> {
      try {
        // Only administrators may read everyone's capabilities.
        return (await all(ctx, 'wp/v2/users', z.array(wpUserSchema), { context: 'edit' })).map(toUser);
      } catch (error) {
        if (!isApiError(error) || error.kind !== 'forbidden') throw error;
        // Everyone else sees the staff (user level > 0), without roles: those are shown as reporters.
        return (await all(ctx, 'wp/v2/users', z.array(wpUserSchema), { who: 'authors' })).map(toUser);
      }
    },
  };
}
