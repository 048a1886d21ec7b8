import { z } from 'zod';
import en from 'zod/v4/locales/en.js';
import { validation } from './errors';

// The app's zod carries no messages; the mock server reads zod's English ones to tell a missing field
// ("received undefined") from a wrong one.
z.config(en());

const CODE = /^[a-z][a-z0-9_]*$/;

/** zod issues → `{ 'featuredImage.alt': 'required' }`: our schemas' messages are codes the UI translates. */
export function zodFields(error: z.core.$ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join('.') : '_root';
    if (key in fields) continue;
    if (CODE.test(issue.message)) fields[key] = issue.message;
    else if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) fields[key] = 'required';
    else if (issue.code === 'too_big') fields[key] = issue.origin === 'array' ? 'too_many' : 'too_long';
    else if (issue.code === 'too_small') fields[key] = issue.origin === 'array' ? 'too_few' : 'required';
    else fields[key] = issue.code;
  }
  return fields;
}

export function parseWith<S extends z.ZodMiniType>(schema: S, data: unknown): z.output<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw validation(zodFields(result.error));
  return result.data;
}
