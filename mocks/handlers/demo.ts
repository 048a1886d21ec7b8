import { http } from 'msw';
import { z } from 'zod';
import { clock } from '../clock';
import { faultInputSchema, faults } from '../faults';
import { authed, json, noContent, open, pathFor, readBody } from '../http';
import { DEMO_PASSWORD } from '../seed';
import { receiveComment } from '../services/intake';
import { store } from '../store';

const clockInputSchema = z.object({
  now: z.string().datetime({ offset: true }).nullable().optional(),
  advanceMs: z.number().int().optional(),
  frozen: z.boolean().optional(),
});

const readerCommentSchema = z.object({
  articleId: z.string().min(1, { message: 'required' }),
  parentId: z.string().nullable().optional(),
  authorName: z.string().trim().min(1, { message: 'required' }).max(100, { message: 'too_long' }),
  email: z.string().trim().optional(),
  ip: z.string().optional(),
  body: z.string().trim().min(1, { message: 'required' }).max(5000, { message: 'too_long' }),
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
