import type { TFunction } from 'i18next';
import type { ArticleSummary } from '@/domain';

/** Statuses an article carries the editor-in-chief's reason in. */
export const hasReason = (a: Pick<ArticleSummary, 'status' | 'lastReason'>) =>
  !!a.lastReason && (a.status === 'changes_requested' || a.status === 'unpublished');

/** A reason on one line: the codes in words (never their ids), then the editor's text. */
export function reasonSummary(t: TFunction, reason: NonNullable<ArticleSummary['lastReason']>): string {
  const codes = reason.codes.map((code) => t(`articles:reasons.${code}`, { defaultValue: code })).join(', ');
  if (!codes) return reason.text;
  if (!reason.text) return codes;
  return t('articles:reasonSummary', { codes, text: reason.text });
}
