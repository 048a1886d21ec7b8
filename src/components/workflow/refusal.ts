import type { TFunction } from 'i18next';
import { isApiError } from '@/api/errors';
import { articleSchema } from '@/domain';

export type Refusal = { message: string; /** The server's copy when the refusal came with one (409/412). */ current?: ReturnType<typeof articleSchema.parse> };

/**
 * Why the server refused a workflow step, in words for the person. A 409 means the article moved on
 * (someone else acted first): say where it is now, so the page showing the new state makes sense.
 */
export function describeRefusal(t: TFunction, error: unknown): Refusal {
  if (!isApiError(error)) return { message: t('errors:kind.unknown') };
  const parsed = articleSchema.safeParse(error.current);
  const current = parsed.success ? parsed.data : undefined;
  if (error.kind === 'forbidden') return { message: t('review:refusal.forbidden') };
  if (error.status === 409 && current) {
    return { message: t('review:refusal.invalid_state', { status: t(`articles:status.${current.status}`) }), current };
  }
  if (error.status === 412) return { message: t('review:refusal.stale'), current };
  if (error.kind === 'validation') {
    const fields = error.fields ?? {};
    if (fields.scheduledAt === 'not_future') return { message: t('review:refusal.not_future') };
    if (fields.note === 'reason_required' || fields.reasonCodes === 'reason_codes_required') return { message: t('review:refusal.reason_required') };
    if (Object.keys(fields).length) return { message: t('review:refusal.incomplete', { fields: Object.keys(fields).join(', ') }) };
  }
  return { message: t(`errors:kind.${error.kind}`) };
}
