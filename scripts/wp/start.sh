#!/usr/bin/env bash
# Starts a private WordPress 6.1 (Debian's package) on 127.0.0.1 for the tests:
# its own MariaDB (datadir under .wp-harness/, port bound to loopback) and its own Apache
# (`apache2 -f`), then installs and seeds the site once. Idempotent: a second run reuses what
# is already running and seeded. `--fresh` drops the database and seeds again.
#
# Environment: WP_PORT (8089), WP_DB_PORT (3316), WP_HARNESS_DIR (<repo>/.wp-harness).
# Writes <harness>/state.json: base URL, users, application passwords, seeded ids.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
H="${WP_HARNESS_DIR:-$ROOT/.wp-harness}"
WP_PORT="${WP_PORT:-8089}"
DB_PORT="${WP_DB_PORT:-3316}"
HOST=127.0.0.1
BASE_URL="http://$HOST:$WP_PORT"
WP_CONFIG="/etc/wordpress/config-$HOST.php"
FRESH=0
[ "${1:-}" = "--fresh" ] && FRESH=1

started_at=$(date +%s.%N)
elapsed() { awk -v a="$started_at" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }
log() { printf 'wp harness [%5ss]: %s\n' "$(elapsed)" "$*"; }
alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

if [ "$(id -u)" -ne 0 ]; then
  echo "wp harness: run as root (it installs packages and starts services as www-data/mysql)" >&2
  exit 1
fi

bash "$HERE/install-packages.sh"

mkdir -p "$H"/{run,log,db,uploads}
chmod 755 "$H"
chown mysql:mysql "$H/db" "$H/run"
chown www-data:www-data "$H/uploads"

# --- MariaDB -----------------------------------------------------------------------------
DB_PID="$H/run/mariadb.pid"
DB_SOCK="$H/run/mariadb.sock"
DB_CNF="$H/my.cnf"
sed -e "s#@H@#$H#g" -e "s#@DB_PORT@#$DB_PORT#g" "$HERE/templates/my.cnf" >"$DB_CNF"

if [ "$FRESH" -eq 1 ] && alive "$DB_PID"; then
  bash "$HERE/stop.sh" >/dev/null
fi
if [ "$FRESH" -eq 1 ]; then
  rm -rf "$H/db" "$H/uploads" "$H/state.json"
  mkdir -p "$H/db" "$H/uploads"
  chown mysql:mysql "$H/db"
  chown www-data:www-data "$H/uploads"
fi

if [ ! -d "$H/db/mysql" ]; then
  log "initialising the database in $H/db"
  mariadb-install-db --defaults-file="$DB_CNF" --user=mysql --skip-test-db \
    --auth-root-authentication-method=socket >"$H/log/mariadb-install.log" 2>&1
fi
if ! alive "$DB_PID"; then
  log "starting MariaDB on $HOST:$DB_PORT"
  setsid mariadbd --defaults-file="$DB_CNF" --user=mysql >>"$H/log/mariadb.out" 2>&1 </dev/null &
fi
for _ in $(seq 1 100); do
  mariadb-admin --defaults-file="$DB_CNF" ping >/dev/null 2>&1 && break
  sleep 0.1
done
mariadb-admin --defaults-file="$DB_CNF" ping >/dev/null || { echo "wp harness: MariaDB did not start, see $H/log" >&2; exit 1; }

[ -s "$H/db.secret" ] || head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' >"$H/db.secret"
chmod 600 "$H/db.secret"
DB_PASS="$(cat "$H/db.secret")"
mariadb --defaults-file="$DB_CNF" <<SQL
CREATE DATABASE IF NOT EXISTS wp_harness CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'wp_harness'@'127.0.0.1' IDENTIFIED BY '$DB_PASS';
ALTER USER 'wp_harness'@'127.0.0.1' IDENTIFIED BY '$DB_PASS';
GRANT ALL PRIVILEGES ON wp_harness.* TO 'wp_harness'@'127.0.0.1';
SQL

# --- WordPress configuration (Debian reads /etc/wordpress/config-<host>.php) --------------
[ -s "$H/salt.secret" ] || head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' >"$H/salt.secret"
chmod 600 "$H/salt.secret"
sed -e "s#@DB_PASS@#$DB_PASS#g" -e "s#@DB_PORT@#$DB_PORT#g" -e "s#@BASE_URL@#$BASE_URL#g" \
  -e "s#@SALT@#$(cat "$H/salt.secret")#g" -e "s#@MU_DIR@#$HERE/mu-plugins#g" \
  "$HERE/templates/wp-config.php" >"$WP_CONFIG.tmp"
chown root:www-data "$WP_CONFIG.tmp"
chmod 640 "$WP_CONFIG.tmp"
mv "$WP_CONFIG.tmp" "$WP_CONFIG"

# --- Apache --------------------------------------------------------------------------------
AP_PID="$H/run/apache2.pid"
AP_CONF="$H/apache2.conf"
sed -e "s#@H@#$H#g" -e "s#@WP_PORT@#$WP_PORT#g" -e "s#@HOST@#$HOST#g" "$HERE/templates/apache2.conf" >"$AP_CONF"
if alive "$AP_PID"; then
  apache2 -f "$AP_CONF" -k graceful
else
  log "starting Apache on $BASE_URL"
  rm -f "$AP_PID"
  APACHE_RUN_DIR="$H/run" APACHE_LOG_DIR="$H/log" apache2 -f "$AP_CONF" -k start
fi

# --- Install and seed (PHP as www-data, the way wp-admin would) ---------------------------
log "installing and seeding"
as_www() { runuser -u www-data -- env HARNESS_BASE_URL="$BASE_URL" HARNESS_DIR="$H" php "$HERE/seed.php" "$@"; }
as_www install
# The previous state goes in on stdin so still-valid application passwords are kept.
as_www seed <"$( [ -f "$H/state.json" ] && echo "$H/state.json" || echo /dev/null)" >"$H/state.json.tmp"
mv "$H/state.json.tmp" "$H/state.json"
chmod 600 "$H/state.json"
# The tests may run as another user than root.
[ -n "${SUDO_USER:-}" ] && chown "$SUDO_USER" "$H/state.json"

for _ in $(seq 1 50); do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE_URL/wp-json/" || true)
  [ "$code" = 200 ] && break
  sleep 0.1
done
[ "$code" = 200 ] || { echo "wp harness: $BASE_URL/wp-json/ answered $code" >&2; exit 1; }

log "ready at $BASE_URL; state in $H/state.json"
