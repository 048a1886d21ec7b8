import type { z } from 'zod';
import { badRequest } from '../errors';
import { zodFields } from '../http';

/** Query strings: empty values are absent, the named keys are comma-separated lists. */
export function parseQuery<S extends z.ZodMiniType>(url: URL, schema: S, listKeys: string[] = []): z.output<S> {
  const raw: Record<string, unknown> = {};
  for (const [key, value] of url.searchParams) {
    if (value === '') continue;
    raw[key] = listKeys.includes(key) ? value.split(',').map((v) => v.trim()).filter(Boolean) : value;
  }
  const result = schema.safeParse(raw);
  if (!result.success) throw badRequest('Invalid query parameters.', zodFields(result.error));
  return result.data;
}
