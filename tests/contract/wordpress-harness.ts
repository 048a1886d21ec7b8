import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';

/** What scripts/wp/start.sh leaves in .wp-harness/state.json for the tests. */
const account = z.object({ id: z.number(), username: z.string(), name: z.string(), role: z.string(), password: z.string() });
export const harnessStateSchema = z.object({
  baseUrl: z.string(),
  wpVersion: z.string(),
  users: z.object({ admin: account, editor: account, author: account, reporter: account, reporter2: account, moderator: account }),
  categories: z.record(z.string(), z.number()),
  posts: z.record(z.string(), z.number()),
  media: z.record(z.string(), z.number()),
  comments: z.record(z.string(), z.array(z.number())),
});
export type HarnessState = z.infer<typeof harnessStateSchema>;

export const harnessDir = () => process.env.WP_HARNESS_DIR ?? resolve(__dirname, '../../.wp-harness');

/** Reads the harness state; throws with the way to fix it when WordPress was not started. */
export async function readHarness(): Promise<HarnessState> {
  const file = resolve(harnessDir(), 'state.json');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${file} is missing: start WordPress first with \`sudo bash scripts/wp/start.sh\`.`);
  }
  const state = harnessStateSchema.parse(JSON.parse(text));
  try {
    const response = await fetch(`${state.baseUrl}/wp-json/`);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
  } catch (error) {
    throw new Error(`WordPress is not answering at ${state.baseUrl} (${(error as Error).message}): run \`sudo bash scripts/wp/start.sh\`.`);
  }
  return state;
}
