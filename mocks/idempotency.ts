import { ServerError } from './errors';

/**
 * `Idempotency-Key` for creates: the first request with a key does the work and its answer is kept;
 * a retry with the same key (same user, same body) gets that answer again instead of a second article.
 * A key sent again with another body is refused (422), as the IETF draft for the header advises.
 * Kept in memory: a retry comes within seconds, not across a restart of the demo.
 */
type Entry = { fingerprint: string; status: number; body: unknown };

const LIMIT = 500;
const entries = new Map<string, Entry>();

export type Replay = { status: number; body: unknown };

/** Runs `create` once per user and key; requests without a key are created every time. */
export function idempotent(
  key: string | null,
  scope: string,
  payload: unknown,
  create: () => Replay,
): Replay & { replayed: boolean } {
  if (!key) return { ...create(), replayed: false };
  if (key.length > 255) throw new ServerError(400, 'bad_request', 'Idempotency-Key is longer than 255 characters.');
  const id = `${scope}\u0000${key}`;
  const fingerprint = JSON.stringify(payload);
  const seen = entries.get(id);
  if (seen) {
    if (seen.fingerprint !== fingerprint) {
      throw new ServerError(422, 'idempotency_key_reused', 'This Idempotency-Key was used for a different request.');
    }
    return { status: seen.status, body: seen.body, replayed: true };
  }
  const result = create();
  entries.set(id, { fingerprint, ...result });
  if (entries.size > LIMIT) entries.delete(entries.keys().next().value!);
  return { ...result, replayed: false };
}

/** Tests start from a clean slate, like the store. */
export function forgetIdempotencyKeys(): void {
  entries.clear();
}
