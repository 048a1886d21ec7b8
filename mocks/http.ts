import { HttpResponse } from 'msw';
import type { z } from 'zod';
import type { User } from '@/domain';
import { badRequest, ServerError, unauthorized } from './errors';
import { parseWith, zodFields } from './http-fields';
import { store } from './store';
import { promoteDue } from './services/schedule';

/** MSW path for a contract path: a relative base matches any origin (jsdom, Node, the browser). */
export function pathFor(baseUrl: string, path: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  return `${base.startsWith('/') ? `*${base}` : base}${path}`;
}

export function errorResponse(error: ServerError): Response {
  const { fields, current, headers } = error.extra;
  return HttpResponse.json(
    { error: { code: error.code, message: error.message, ...(fields ? { fields } : {}), ...(current !== undefined ? { current } : {}) } },
    { status: error.status, headers },
  );
}

export { parseWith, zodFields };

/** Malformed JSON is a 400; a body that parses but breaks the schema is a 422 (parseWith). */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw badRequest('The request body is not valid JSON.');
  }
}

export async function readBody<S extends z.ZodMiniType>(request: Request, schema: S): Promise<z.output<S>> {
  const data = await readJson(request);
  if (data === null || typeof data !== 'object') throw badRequest('The request body must be a JSON object or array.');
  return parseWith(schema, data);
}

export function currentUser(request: Request): User {
  const header = request.headers.get('authorization') ?? '';
  const token = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
  const record = token ? store.db.tokens[token] : undefined;
  const user = record && store.db.users.find((u) => u.id === record.userId);
  if (!user) throw unauthorized(token ? 'The session has expired.' : 'Sign in to continue.');
  return user;
}

export type Ctx = { request: Request; url: URL; params: Record<string, string>; user: User };
type Info = { request: Request; params: Record<string, string | readonly string[] | undefined> };
type Resolver<C> = (ctx: C) => Response | Promise<Response>;

function toCtx(info: Info) {
  const params: Record<string, string> = {};
  for (const [k, v] of Object.entries(info.params)) if (typeof v === 'string') params[k] = v;
  return { request: info.request, url: new URL(info.request.url), params };
}

async function guard(run: () => Response | Promise<Response>): Promise<Response> {
  try {
    promoteDue();
    return await run();
  } catch (error) {
    if (error instanceof ServerError) return errorResponse(error);
    throw error;
  }
}

/** A route open to anyone (sign-in, the demo accounts). */
export const open = (resolve: Resolver<Omit<Ctx, 'user'>>) => (info: Info) => guard(() => resolve(toCtx(info)));

/** A route that needs a valid bearer token. */
export const authed = (resolve: Resolver<Ctx>) => (info: Info) =>
  guard(() => {
    const ctx = toCtx(info);
    return resolve({ ...ctx, user: currentUser(ctx.request) });
  });

export const noContent = () => new HttpResponse(null, { status: 204 });
export const json = (body: unknown, status = 200) => HttpResponse.json(body as Record<string, unknown>, { status });
