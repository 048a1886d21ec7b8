import type { User } from '@/domain';
import { ApiError } from '../../errors';
import type { WpTransport } from './transport';

/** What the resource modules share: the transport, who is signed in, and what the site offers. */
export type WpContext = {
  http: WpTransport;
  me(): Promise<User>;
  /** The companion plugin (namespace `newsroom/v1`) is installed. */
  companion(): Promise<boolean>;
  now(): Date;
};

/** wp/v2 ids are integers; anything else cannot exist there. */
export function wpId(id: string, what: string): number {
  if (!/^\d+$/.test(id)) throw new ApiError({ kind: 'not_found', status: 404, code: 'not_found', message: `No such ${what}: ${id}` });
  return Number(id);
}

/** Runs `task` over `items` with at most `limit` in flight, keeping the input order. */
export async function mapBounded<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
