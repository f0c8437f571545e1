#!/usr/bin/env bash
# Installs what ConflictAtlas needs and is missing. Safe to run again: each step checks first.
#   scripts/setup.sh demo   what ./atlas demo needs
#   scripts/setup.sh test   what ./test needs (adds PostgreSQL)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
what="${1:-demo}"

apt_install() {
  # Installs the Debian packages given that are not yet installed.
  local missing=()
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" != 0 ]; then
    echo "error: missing packages ${missing[*]}; install them as root (apt-get install ${missing[*]})" >&2
    exit 1
  fi
  echo "installing ${missing[*]}..." >&2
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# The dashboard's browser assets, installed from npm into .build/npm (never committed, never from a CDN).
NPM_ASSETS=(leaflet@1.9.4 leaflet.markercluster@1.5.3 world-atlas@2.0.2 topojson-client@3.1.0 chart.js@4.6.1 axe-core@4.14.1)
npm_assets() {
  local dir="$ROOT/.build/npm" stamp="$ROOT/.build/npm/.installed"
  [ -f "$stamp" ] && [ "$(cat "$stamp")" = "${NPM_ASSETS[*]}" ] && return 0
  command -v npm >/dev/null 2>&1 || apt_install npm
  mkdir -p "$dir"
  echo "installing dashboard assets (${NPM_ASSETS[*]})..." >&2
  (cd "$dir" && [ -f package.json ] || echo '{"private":true}' > "$dir/package.json")
  (cd "$dir" && npm install --silent --no-audit --no-fund --ignore-scripts "${NPM_ASSETS[@]}" >/dev/null)
  echo "${NPM_ASSETS[*]}" > "$stamp"
}

case "$what" in
  demo) npm_assets ;;
  test)
    if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
      apt_install postgresql
    fi
    # Browser tests drive Debian's chromium (no browser download).
    [ -x /usr/bin/chromium ] || apt_install chromium
    npm_assets
    ;;
  *) echo "usage: scripts/setup.sh demo|test" >&2; exit 2 ;;
esac

# The GeoNames gazetteer (data/gazetteer.db): builds the CLI when needed, then the database when missing or stale.
"$ROOT/scripts/build-gazetteer.sh"
