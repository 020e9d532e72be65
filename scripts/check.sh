#!/usr/bin/env bash
# Installs everything a fresh Debian machine needs and runs every check. Used by the README and .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

# System packages for the browser tests: Debian's Chromium (Playwright never downloads one here),
# CJK fonts so Chinese pages render as text, not boxes, Java for the HTML checker, and nginx for
# npm run start:proxy, which the suite drives.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list 2>/dev/null | grep -q 'Noto Sans CJK' || missing+=(fonts-noto-cjk)
command -v java >/dev/null || missing+=(default-jre-headless)
[ -x /usr/sbin/nginx ] || missing+=(nginx)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=$([ "$(id -u)" -eq 0 ] || echo sudo)
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi

# The PostgreSQL the integration tests run against (the embedded PGlite needs nothing).
if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
fi

npm ci --no-audit --no-fund

step() { printf '\n== %s\n' "$1"; }
step 'content lock';  npm run --silent content:check && npm run --silent content:check -- test-fixtures/content
step 'type-check';    npm run --silent typecheck
step 'lint';          npm run --silent lint
step 'unit tests';    npm run --silent test:unit
step 'build';         npm run --silent build && npm run --silent build:fixtures
step 'e2e tests';     npm run --silent test:e2e
