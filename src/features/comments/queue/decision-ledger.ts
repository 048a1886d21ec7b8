import type { Comment } from '@/domain';

type Seen = Pick<Comment, 'id' | 'version'>;

/**
 * What single and bulk decisions share about each comment: the newest version the panel has seen
 * (from any answer, or from the row itself when the list is fresher), and the decision still in
 * flight, which a later one on the same comment waits for before it reads the version.
 */
export type DecisionLedger = {
  version(comment: Seen): number;
  see(comment: Seen): void;
  /** Runs `send` once every earlier decision on any of `ids` has settled. */
  after<T>(ids: readonly string[], send: () => Promise<T>): Promise<T>;
};

export function createDecisionLedger(): DecisionLedger {
  const versions = new Map<string, number>();
  const inflight = new Map<string, Promise<unknown>>();
  return {
    version: (c) => Math.max(versions.get(c.id) ?? 0, c.version),
    see: (c) => {
      if (c.version > (versions.get(c.id) ?? -1)) versions.set(c.id, c.version);
    },
    async after(ids, send) {
      const earlier = [...new Set(ids.map((id) => inflight.get(id)).filter((p) => p !== undefined))];
      const run = (async () => {
        await Promise.all(earlier.map((p) => p.catch(() => undefined)));
        return send();
      })();
      for (const id of ids) inflight.set(id, run);
      try {
        return await run;
      } finally {
        for (const id of ids) if (inflight.get(id) === run) inflight.delete(id);
      }
    },
  };
}
