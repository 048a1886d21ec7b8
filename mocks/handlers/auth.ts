import { http } from 'msw';
import { loginInputSchema } from '@/domain';
import { clock } from '../clock';
import { ServerError } from '../errors';
import { authed, json, noContent, open, pathFor, readBody } from '../http';
import { DEMO_PASSWORD } from '../seed';
import { store } from '../store';

function newToken(): string {
  const bytes = new Uint8Array(24);
  crypto.getRandomValues(bytes);
  return `demo.${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export function authHandlers(baseUrl: string) {
  const p = (path: string) => pathFor(baseUrl, path);
  return [
    http.post(
      p('/auth/login'),
      open(async ({ request }) => {
        const input = await readBody(request, loginInputSchema);
        const user = store.db.users.find((u) => u.username === input.username.trim().toLowerCase());
        if (!user || input.password !== DEMO_PASSWORD) {
          throw new ServerError(401, 'invalid_credentials', 'Wrong username or password.');
        }
        const token = newToken();
        store.db.tokens[token] = { userId: user.id, createdAt: clock.nowIso() };
        store.written();
        return json({ token, user });
      }),
    ),
    http.get(
      p('/auth/me'),
      authed(({ user }) => json(user)),
    ),
    http.post(
      p('/auth/logout'),
      authed(({ request }) => {
        const token = request.headers.get('authorization')?.replace(/^Bearer\s+/i, '').trim();
        if (token) delete store.db.tokens[token];
        store.written();
        return noContent();
      }),
    ),
  ];
}
