import { http } from 'msw';
import { z } from 'zod';
import { clock } from '../clock';
import { faultInputSchema, faults } from '../faults';
import { authed, json, noContent, open, pathFor, readBody } from '../http';
import { DEMO_PASSWORD } from '../seed';
import { receiveComment } from '../services/intake';
import { store } from '../store';

const clockInputSchema = z.object({
  now: z.optional(z.nullable(z.iso.datetime({ offset: true }))),
  advanceMs: z.optional(z.int()),
  frozen: z.optional(z.boolean()),
});

const readerCommentSchema = z.object({
  articleId: z.string().check(z.minLength(1, { message: 'required' })),
  parentId: z.optional(z.nullable(z.string())),
  authorName: z.string().check(z.trim(), z.minLength(1, { message: 'required' }), z.maxLength(100, { message: 'too_long' })),
  email: z.optional(z.string().check(z.trim())),
  ip: z.optional(z.string()),
  body: z.string().check(z.trim(), z.minLength(1, { message: 'required' }), z.maxLength(5000, { message: 'too_long' })),
});

/** Demo-only routes: the accounts for the sign-in page, reset, and controls for tests. */
export function demoHandlers(baseUrl: string) {
  const p = (path: string) => pathFor(baseUrl, path);
  return [
    http.get(
      p('/demo/accounts'),
      // Public demo credentials, so the sign-in page can offer one-click sign-in.
      open(() => json(store.db.users.map((user) => ({ ...user, password: DEMO_PASSWORD })))),
    ),
    http.post(
      p('/demo/reset'),
      authed(() => {
        store.reset();
        return noContent();
      }),
    ),
    http.get(
      p('/demo/clock'),
      authed(() => json({ now: clock.nowIso(), ...clock.state() })),
    ),
    http.put(
      p('/demo/clock'),
      authed(async ({ request }) => {
        const input = await readBody(request, clockInputSchema);
        if (input.now !== undefined) clock.set(input.now);
        if (input.advanceMs) clock.advance(input.advanceMs);
        if (input.frozen === true) clock.freeze();
        if (input.frozen === false) clock.set(clock.now());
        store.written();
        return json({ now: clock.nowIso(), ...clock.state() });
      }),
    ),
    http.get(
      p('/demo/faults'),
      authed(() => json(faults.profile)),
    ),
    http.put(
      p('/demo/faults'),
      authed(async ({ request }) => {
        const input = await readBody(request, faultInputSchema);
        if (input.enabled === false) faults.disable();
        else faults.configure(input);
        return json(faults.profile);
      }),
    ),
    http.post(
      p('/demo/comments'),
      authed(async ({ request }) => {
        const comment = receiveComment(store.db, await readBody(request, readerCommentSchema));
        store.written();
        return json(comment, 201);
      }),
    ),
  ];
}
