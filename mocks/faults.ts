import { delay, getResponse, http, HttpResponse, type RequestHandler } from 'msw';
import { z } from 'zod';
import { createRng, type Rng } from './prng';

/**
 * Fault injection: a seeded profile of server errors, dropped connections, rate limiting and latency,
 * switched on and off at runtime (tests, the e2e suite, a person watching the demo cope). Off by default.
 */
export const faultProfileSchema = z.object({
  enabled: z.boolean(),
  seed: z.int(),
  /** Probability of a 503 answer. */
  serverErrorRate: z.number().check(z.minimum(0), z.maximum(1)),
  /** Probability of a network error (the request never gets an answer). */
  networkErrorRate: z.number().check(z.minimum(0), z.maximum(1)),
  /**
   * Probability that the server does the work but the answer is lost on the way back (a network error
   * after a create or a save went through): what makes a retry dangerous.
   */
  lostResponseRate: z.number().check(z.minimum(0), z.maximum(1)),
  /** Probability of a 429 with `Retry-After`. */
  rateLimitRate: z.number().check(z.minimum(0), z.maximum(1)),
  retryAfterSeconds: z.int().check(z.minimum(0)),
  /** Added latency, uniformly between min and max milliseconds, drawn per request. */
  latencyMs: z.tuple([z.number().check(z.minimum(0)), z.number().check(z.minimum(0))]),
  /** Only requests whose path contains one of these (e.g. `/articles/`) are affected; empty means all. */
  paths: z.array(z.string()),
  /** The named preset this profile started from, if any (shown, never interpreted). */
  preset: z.nullable(z.enum(['chaos'])),
});

/** What a test or `PUT /demo/faults` sends: any subset, the rest kept (or taken from `preset`). */
export const faultInputSchema = z.partial(faultProfileSchema);
export type FaultProfile = z.infer<typeof faultProfileSchema>;
export type FaultPresetName = NonNullable<FaultProfile['preset']>;

/**
 * Named profiles. `chaos` is a bad day on a mobile network: about one request in four fails in some way,
 * and every answer takes 0–5 s, so two requests in flight come back in either order.
 */
export const faultPresets: Record<FaultPresetName, Partial<FaultProfile>> = {
  chaos: {
    serverErrorRate: 0.08,
    networkErrorRate: 0.05,
    lostResponseRate: 0.04,
    rateLimitRate: 0.06,
    retryAfterSeconds: 1,
    latencyMs: [0, 5000],
    paths: [],
  },
};

export type FaultInput = Partial<FaultProfile>;

const OFF: FaultProfile = {
  enabled: false,
  seed: 1,
  serverErrorRate: 0,
  networkErrorRate: 0,
  lostResponseRate: 0,
  rateLimitRate: 0,
  retryAfterSeconds: 2,
  latencyMs: [0, 0],
  paths: [],
  preset: null,
};

/** What one request will suffer, decided when it arrives. */
type Fate = { latency: number; roll: number };

let profile: FaultProfile = OFF;
let rng: Rng = createRng(profile.seed);
let arrivals = 0;

export const faults = {
  get profile(): FaultProfile {
    return profile;
  },
  /** Requests affected since the last `configure`/`disable`: a run is reproducible by this count. */
  get arrivals(): number {
    return arrivals;
  },
  /** `{ preset: 'chaos', seed: 7 }` starts from the preset; any other field overrides it. */
  configure(next: FaultInput): FaultProfile {
    const base = next.preset ? { ...OFF, ...faultPresets[next.preset] } : profile;
    const given = Object.fromEntries(Object.entries(next).filter(([, value]) => value !== undefined));
    profile = faultProfileSchema.parse({ ...base, enabled: true, ...given });
    rng = createRng(profile.seed);
    arrivals = 0;
    return profile;
  },
  chaos(seed = 1): FaultProfile {
    return faults.configure({ preset: 'chaos', seed });
  },
  disable(): void {
    profile = OFF;
    rng = createRng(profile.seed);
    arrivals = 0;
  },
};

/**
 * Both draws happen as the request arrives, never after an await: the n-th request of a run always
 * gets the same latency and the same outcome, whatever the others do meanwhile. Independent latencies
 * are what put answers out of order.
 */
function fateOf(): Fate {
  arrivals++;
  const [min, max] = profile.latencyMs;
  const latency = Math.round(min + rng.next() * Math.max(0, max - min));
  return { latency, roll: rng.next() };
}

/**
 * Runs before every contract route; falls through (returns nothing) unless it decides to fail or delay.
 * A lost answer runs `routes` itself, so the store changes, and then drops the response.
 */
export function faultHandler(apiPath: string, demoPath: string, routes: readonly RequestHandler[] = []) {
  return http.all(apiPath, async ({ request }) => {
    if (!profile.enabled) return undefined;
    const path = new URL(request.url).pathname;
    if (path.includes(demoPath)) return undefined;
    if (profile.paths.length && !profile.paths.some((p) => path.includes(p))) return undefined;
    const current = profile;
    const { latency, roll } = fateOf();
    if (latency > 0) await delay(latency);
    let edge = current.networkErrorRate;
    if (roll < edge) return HttpResponse.error();
    edge += current.lostResponseRate;
    if (roll < edge) {
      await getResponse([...routes], request.clone());
      return HttpResponse.error();
    }
    edge += current.serverErrorRate;
    if (roll < edge) {
      return HttpResponse.json({ error: { code: 'server_error', message: 'The server is unavailable.' } }, { status: 503 });
    }
    if (roll < edge + current.rateLimitRate) {
      return HttpResponse.json(
        { error: { code: 'rate_limited', message: 'Too many requests.' } },
        { status: 429, headers: { 'Retry-After': String(current.retryAfterSeconds) } },
      );
    }
    return undefined;
  });
}

/** The fault hook first, then the routes it may run itself when an answer is to be lost. */
export function withFaults(apiPath: string, demoPath: string, routes: RequestHandler[]): RequestHandler[] {
  return [faultHandler(apiPath, demoPath, routes), ...routes];
}
