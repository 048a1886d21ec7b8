/**
 * What `import … from 'zod'` resolves to in the app, the tests and the demo (vite.config.ts aliases
 * it here). Zod decides at schema construction whether to compile parsers with `new Function`, and
 * probes for it once; under the production Content-Security-Policy (no 'unsafe-eval') that probe is
 * reported as a violation even though zod recovers. Modules build their schemas while they are
 * imported, so the switch has to sit in the one module every schema module imports first: this one.
 */
import { z } from 'zod/v4';

z.config({ jitless: true });

export * from 'zod/v4';
export { z };
export default z;
