#!/usr/bin/env bash
# End-to-end specs against the harness WordPress, which must already be running and freshly seeded
# (`bash scripts/wp/with-wordpress.sh bash tests/e2e-wordpress/run.sh`). Serves a copy of the built
# app whose config.json points at that WordPress; extra arguments pass through to Playwright.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
cd "$ROOT"
STATE="${WP_HARNESS_DIR:-$ROOT/.wp-harness}/state.json"
APP_DIR="${E2E_WP_APP_DIR:-${TMPDIR:-/tmp}/newsroom-e2e-wordpress-app}"
export E2E_WP_APP_DIR="$APP_DIR" WP_HARNESS_STATE="$STATE"

[ -f "$STATE" ] || { echo "e2e-wordpress: no $STATE; start WordPress first (scripts/wp/start.sh)" >&2; exit 1; }
if [ ! -f dist/index.html ]; then
  echo "e2e-wordpress: dist/ is missing: building the app first."
  npx vite build
fi

BASE_URL="$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).baseUrl)' "$STATE")"
rm -rf "$APP_DIR"
mkdir -p "$APP_DIR"
cp -R dist/. "$APP_DIR/"
printf '{"api":{"adapter":"wordpress","baseUrl":"%s"},"demo":false}\n' "$BASE_URL" >"$APP_DIR/config.json"

exec npx playwright test --config tests/e2e-wordpress/playwright.config.ts "$@"
