import { ApiError, type ApiErrorKind } from '@/api/errors';
import type { Article, ArticleInput } from '@/domain';
import type { Harness } from '../adapter-contract';

/** Awaits a call that must fail, checks it failed as an ApiError of that kind, and returns the error. */
export async function expectApiError(promise: Promise<unknown>, kind: ApiErrorKind): Promise<ApiError> {
  let outcome: unknown;
  try {
    outcome = await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).kind, (error as ApiError).message).toBe(kind);
    return error as ApiError;
  }
  throw new Error(`expected ApiError{kind:'${kind}'}, but the call succeeded with ${JSON.stringify(outcome)?.slice(0, 200)}`);
}

/** A complete article, valid for submission. */
export function validArticle(categoryId: string, tag: string): ArticleInput {
  return {
    title: `Kiểm thử hợp đồng ${tag}: Quận 8 tập trung tham mưu`,
    sapo: `Sáng nay, Đảng bộ phường kiểm tra công tác chuẩn bị (${tag}).`,
    body: {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nội dung bài viết dùng để kiểm thử hợp đồng API.' }] }],
    },
    slug: '',
    categoryId,
    tags: ['kiểm thử'],
    byline: 'Phóng viên',
    source: 'Thanhuytphcm.vn',
    featuredImage: null,
    relatedIds: [],
    seoTitle: '',
    seoDescription: '',
  };
}

export async function anyCategoryId(h: Harness): Promise<string> {
  const categories = await h.api.taxonomy.categories();
  expect(categories.length).toBeGreaterThan(0);
  return categories[0].id;
}

/** A fresh draft by the reporter; the reporter stays signed in. */
export async function reporterDraft(h: Harness): Promise<Article> {
  await h.as('reporter');
  return h.api.articles.create(validArticle(await anyCategoryId(h), h.unique()));
}

/** A fresh article by the reporter, submitted for review; the editor is signed in afterwards. */
export async function articleInReview(h: Harness): Promise<Article> {
  const draft = await reporterDraft(h);
  const submitted = await h.api.articles.transition(draft.id, 'submit', { version: draft.version });
  await h.as('editor');
  return submitted;
}
