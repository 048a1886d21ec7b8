import type { TFunction } from 'i18next';

/** Who decided a comment, for people: `system` is the server acting by itself (a `block` rule or a ban on arrival). */
export function moderatorName(by: string, t: TFunction<'comments'> | TFunction<['comments', 'errors']>): string {
  return by === 'system' ? t('comments:row.bySystem') : by;
}
