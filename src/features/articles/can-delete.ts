import { isEditorInChief, type ArticleSummary, type User } from '@/domain';

/**
 * Mirrors the server's rule so the list only offers what will be accepted: authors delete their
 * own drafts; the editor-in-chief deletes anything that is not live (published or scheduled).
 */
export function canDelete(user: Pick<User, 'id' | 'roles'>, article: Pick<ArticleSummary, 'authorId' | 'status'>): boolean {
  if (article.status === 'published' || article.status === 'scheduled') return false;
  if (isEditorInChief(user)) return true;
  return article.status === 'draft' && article.authorId === user.id;
}
