import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serializeOpenApi } from './openapi-doc';

/** `npm run openapi`: regenerates docs/openapi.json from the zod schemas. */
const target = fileURLToPath(new URL('../docs/openapi.json', import.meta.url));
writeFileSync(target, serializeOpenApi());
console.log(`Wrote ${target}`);
