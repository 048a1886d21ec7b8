import type { TFunction } from 'i18next';
import { isApiError } from '@/api/errors';

/** A sentence for the person, from any thrown value; ApiErrors by kind, anything else generically. */
export function describeError(t: TFunction, error: unknown): string {
  if (isApiError(error)) return t(`errors:kind.${error.kind}`);
  return t('errors:kind.unknown');
}
