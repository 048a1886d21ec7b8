#!/usr/bin/env bash
# Runs a command against the harness WordPress: starts it (installing Debian's packages the first
# time), runs the command, and stops exactly what it started, whatever the command's outcome.
# The site is seeded afresh every run. `WP_KEEP=1` leaves WordPress running afterwards (handy while working on the adapter).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
state="${WP_HARNESS_DIR:-$ROOT/.wp-harness}/state.json"

already_running=0
if [ -f "$state" ] && curl -fsS -o /dev/null --max-time 5 "$(sed -n 's/.*"baseUrl": *"\([^"]*\)".*/\1/p' "$state" | head -1)/?rest_route=/" 2>/dev/null; then
  already_running=1
fi
# The contract consumes seeded data (pending comments…): each run starts from a fresh seed.
bash "$HERE/start.sh" --fresh
stop() { [ "$already_running" = 1 ] || [ "${WP_KEEP:-0}" = 1 ] || bash "$HERE/stop.sh"; }
trap stop EXIT
WP_CONTRACT=1 "$@"
