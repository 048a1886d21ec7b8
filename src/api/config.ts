import { z } from 'zod';
import { describeIssue } from './http';

/**
 * The runtime configuration, `public/config.json`. Read at start-up rather than built in, so one
 * bundle can be pointed at another API without a rebuild.
 */

export const adapterNames = ['rest', 'wordpress'] as const;
export const adapterNameSchema = z.enum(adapterNames);
export type AdapterName = z.infer<typeof adapterNameSchema>;

export const runtimeConfigSchema = z.object({
  api: z.object({
    adapter: adapterNameSchema,
    baseUrl: z.string().check(z.trim(), z.minLength(1)),
  }),
  demo: z.boolean(),
  /** Fault injection for the demo backend; its shape belongs to the mock server. */
  faults: z.optional(z.unknown()),
});
export type RuntimeConfig = z.infer<typeof runtimeConfigSchema>;

export const CONFIG_URL = '/config.json';

export type ConfigErrorReason = 'unreachable' | 'missing' | 'not_json' | 'invalid' | 'unknown_adapter';

/** Why the app cannot start; `message` is written for the person deploying it. */
export class ConfigError extends Error {
  readonly reason: ConfigErrorReason;
  /** The offending field, dotted: `api.baseUrl`. */
  readonly field?: string;

  constructor(reason: ConfigErrorReason, message: string, field?: string) {
    super(message);
    this.name = 'ConfigError';
    this.reason = reason;
    this.field = field;
  }
}

export const isConfigError = (e: unknown): e is ConfigError => e instanceof ConfigError;

function describeConfigIssue(issue: z.core.$ZodIssue, value: unknown): { field: string; message: string } {
  const field = issue.path.map(String).join('.') || '(root)';
  const at = issue.path.reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), value);
  if (at === undefined && issue.path.length) return { field, message: `"${field}" is missing` };
  switch (issue.code) {
    case 'invalid_value':
      return { field, message: `"${field}" must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, not ${JSON.stringify(at)}` };
    case 'invalid_type':
      return { field, message: `"${field}" must be ${issue.expected === 'object' ? 'an object' : `a ${issue.expected}`}, not ${JSON.stringify(at)}` };
    case 'too_small':
      return { field, message: `"${field}" must not be empty` };
    default:
      return { field, message: `"${field}": ${describeIssue(issue)}` };
  }
}

/** Validates an already-parsed config; throws a ConfigError naming the first wrong field. */
export function parseConfig(value: unknown, source = CONFIG_URL): RuntimeConfig {
  const result = runtimeConfigSchema.safeParse(value);
  if (result.success) return result.data;
  const { field, message } = describeConfigIssue(result.error.issues[0], value);
  return fail('invalid', `${source}: ${message}.`, field);
}

function fail(reason: ConfigErrorReason, message: string, field?: string): never {
  throw new ConfigError(reason, message, field);
}

export async function loadConfig(fetchImpl: typeof fetch = (input, init) => fetch(input, init), url = CONFIG_URL): Promise<RuntimeConfig> {
  let response: Response;
  try {
    response = await fetchImpl(url, { cache: 'no-store', headers: { Accept: 'application/json' } });
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return fail('unreachable', `Could not load ${url}${detail}.`);
  }
  if (response.status === 404) return fail('missing', `${url} is missing: the app needs it to know which API to use.`);
  if (!response.ok) return fail('unreachable', `Could not load ${url}: HTTP ${response.status}.`);
  const text = await response.text();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // A server with an SPA fallback answers a missing file with index.html.
    if (text.trimStart().startsWith('<')) return fail('missing', `${url} is missing: the server answered with an HTML page instead.`);
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return fail('not_json', `${url} is not valid JSON${detail}.`);
  }
  return parseConfig(value, url);
}
