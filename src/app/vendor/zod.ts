/**
 * What `import … from 'zod'` resolves to in the app, the tests, the scripts and the demo (vite.config.ts
 * aliases it here and tsconfig.json types it from here): Zod Mini. Classic zod schemas carry every
 * method, `.toJSONSchema()` and the generator behind it included, and a bundler can leave none of it
 * out; Mini's checks and helpers are plain functions, so the first screens carry only those the
 * schemas use.
 *
 * One setting has to be in place before any schema exists, and modules build their schemas while
 * they are imported, so it sits in the one module every schema module imports first: this one. Zod
 * decides at schema construction whether to compile parsers with `new Function`, and probes for it
 * once; under the production Content-Security-Policy (no 'unsafe-eval') that probe is reported as a
 * violation even though zod recovers.
 *
 * Zod Mini carries no messages ("Invalid input"): the app's schemas carry codes the UI translates,
 * the config screen and malformed-response errors describe issues from their codes
 * (src/api/config.ts, src/api/http.ts), and the mock server loads zod's English for its field codes.
 */
import { z } from 'zod/mini';

z.config({ jitless: true });

export * from 'zod/mini';
export { z };
export default z;
