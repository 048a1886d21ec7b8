#!/usr/bin/env bash
# Stops exactly what start.sh started, by its pid files. `--purge` also deletes the harness's
# data (.wp-harness/) and the site config it wrote to /etc/wordpress.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
H="${WP_HARNESS_DIR:-$ROOT/.wp-harness}"

stop_pid() {
  local name=$1 pidfile=$2
  [ -f "$pidfile" ] || return 0
  local pid
  pid="$(cat "$pidfile")"
  if kill -0 "$pid" 2>/dev/null; then
    echo "wp harness: stopping $name ($pid)"
    kill -TERM "$pid"
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then
      echo "wp harness: $name ($pid) did not stop" >&2
      return 1
    fi
  fi
  rm -f "$pidfile"
}

# Apache's parent takes its children down with it.
stop_pid apache2 "$H/run/apache2.pid"
stop_pid mariadb "$H/run/mariadb.pid"

if [ "${1:-}" = "--purge" ]; then
  rm -rf "$H"
  rm -f /etc/wordpress/config-127.0.0.1.php
  echo "wp harness: purged $H"
fi
