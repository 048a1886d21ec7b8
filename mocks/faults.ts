import { delay, http, HttpResponse } from 'msw';
import { z } from 'zod';
import { createRng, type Rng } from './prng';

/**
 * Fault injection: a seeded profile of server errors, dropped connections, rate limiting and latency,
 * switched on and off at runtime (tests, the e2e suite, a developer trying the offline banner). Off by default.
 */
export const faultProfileSchema = z.object({
  enabled: z.boolean().default(false),
  seed: z.number().int().default(1),
  /** Probability of a 503 answer. */
  serverErrorRate: z.number().min(0).max(1).default(0),
  /** Probability of a network error (the request never gets an answer). */
  networkErrorRate: z.number().min(0).max(1).default(0),
  /** Probability of a 429 with `Retry-After`. */
  rateLimitRate: z.number().min(0).max(1).default(0),
  retryAfterSeconds: z.number().int().min(0).default(2),
  /** Added latency, uniformly between min and max milliseconds. */
  latencyMs: z.tuple([z.number().min(0), z.number().min(0)]).default([0, 0]),
  /** Only requests whose path contains one of these (e.g. `/articles/`) are affected; empty means all. */
  paths: z.array(z.string()).default([]),
});
export type FaultProfile = z.infer<typeof faultProfileSchema>;

let profile: FaultProfile = faultProfileSchema.parse({});
let rng: Rng = createRng(profile.seed);

export const faults = {
  get profile(): FaultProfile {
    return profile;
  },
  configure(next: Partial<FaultProfile>): FaultProfile {
    profile = faultProfileSchema.parse({ ...profile, enabled: true, ...next });
    rng = createRng(profile.seed);
    return profile;
  },
  disable(): void {
    profile = faultProfileSchema.parse({});
    rng = createRng(profile.seed);
  },
};

/** Runs before every contract route; falls through (returns nothing) unless it decides to fail or delay. */
export function faultHandler(apiPath: string, demoPath: string) {
  return http.all(apiPath, async ({ request }) => {
    if (!profile.enabled) return undefined;
    const path = new URL(request.url).pathname;
    if (path.includes(demoPath)) return undefined;
    if (profile.paths.length && !profile.paths.some((p) => path.includes(p))) return undefined;
    const [min, max] = profile.latencyMs;
    if (max > 0) await delay(Math.round(min + rng.next() * Math.max(0, max - min)));
    const roll = rng.next();
    if (roll < profile.networkErrorRate) return HttpResponse.error();
    if (roll < profile.networkErrorRate + profile.serverErrorRate) {
      return HttpResponse.json({ error: { code: 'server_error', message: 'The server is unavailable.' } }, { status: 503 });
    }
    if (roll < profile.networkErrorRate + profile.serverErrorRate + profile.rateLimitRate) {
      return HttpResponse.json(
        { error: { code: 'rate_limited', message: 'Too many requests.' } },
        { status: 429, headers: { 'Retry-After': String(profile.retryAfterSeconds) } },
      );
    }
    return undefined;
  });
}

