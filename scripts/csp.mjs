// The production Content-Security-Policy, built from the runtime config (public/config.json) so that
// `connect-src` follows the API the bundle is pointed at. One builder for every server that serves
// the app: `vite preview` (vite.config.ts), and the snippets in docs/deployment.md are its output.
import { readFileSync, statSync } from 'node:fs';

/** The origin of an absolute API base URL, or null for a same-origin (relative) one. */
export function apiOrigin(baseUrl) {
  if (typeof baseUrl !== 'string' || !/^[a-z][a-z0-9+.-]*:\/\//i.test(baseUrl.trim())) return null;
  try {
    return new URL(baseUrl.trim()).origin;
  } catch {
    return null;
  }
}

/**
 * `config` is the parsed config.json ({ api: { adapter, baseUrl }, demo }). A cross-origin API is
 * added to `connect-src` (the data) and `img-src` (a WordPress serves its uploads itself).
 */
export function buildCsp(config) {
  const api = apiOrigin(config?.api?.baseUrl);
  const extra = api ? [api] : [];
  const directives = {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    // Mantine writes its CSS variables into a <style> element and positions popovers with style attributes.
    'style-src': ["'self'", "'unsafe-inline'"],
    // Uploaded previews are blob:/data: URLs; article photos may live on any https host.
    'img-src': ["'self'", 'data:', 'blob:', 'https:', ...extra],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...extra],
    // The demo backend is a service worker served from our own origin.
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'media-src': ["'self'"],
    'frame-src': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${[...new Set(values)].join(' ')}`)
    .join('; ');
}

/** Headers every response of the app carries, alongside the policy. */
export function securityHeaders(config) {
  return {
    'Content-Security-Policy': buildCsp(config),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
}

let cached = { file: '', mtime: -1, config: null };

/**
 * Reads a served directory's config.json, re-read when it changes (the WordPress suite rewrites the
 * copy it serves). A missing or broken file yields the same-origin policy: the app shows its own
 * configuration error, and nothing else is allowed.
 */
export function readServedConfig(file) {
  try {
    const mtime = statSync(file).mtimeMs;
    if (cached.file !== file || cached.mtime !== mtime) {
      cached = { file, mtime, config: JSON.parse(readFileSync(file, 'utf8')) };
    }
    return cached.config;
  } catch {
    return null;
  }
}

// `node scripts/csp.mjs [path/to/config.json]` prints the policy, for a web server's configuration.
if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2] ?? 'public/config.json';
  const config = readServedConfig(file);
  if (!config) {
    console.error(`csp: cannot read ${file}`);
    process.exit(1);
  }
  console.log(buildCsp(config));
}
