#!/usr/bin/env bash
# Installs the Debian packages the WordPress harness needs, only those missing.
# A policy-rc.d that refuses service starts keeps the postinst scripts from
# starting apache2 on *:80 and the system MariaDB; the harness runs private instances.
set -euo pipefail

PACKAGES=(wordpress wordpress-theme-twentytwentythree apache2 libapache2-mod-php8.2
  php8.2-cli php8.2-mysql php8.2-gd php8.2-curl php8.2-xml php8.2-mbstring php8.2-zip
  php8.2-intl mariadb-server mariadb-client curl jq)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "wp harness: installing ${missing[*]} needs root" >&2
  exit 1
fi

POLICY=/usr/sbin/policy-rc.d
created_policy=0
if [ ! -e "$POLICY" ]; then
  printf '#!/bin/sh\nexit 101\n' >"$POLICY"
  chmod 755 "$POLICY"
  created_policy=1
fi
cleanup() { [ "$created_policy" -eq 1 ] && rm -f "$POLICY"; return 0; }
trap cleanup EXIT

echo "wp harness: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
if ! apt-get install -y -q --no-install-recommends "${missing[@]}"; then
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
