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

case "$what" in
  demo) ;;
  test)
    if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
      apt_install postgresql
    fi
    ;;
  *) echo "usage: scripts/setup.sh demo|test" >&2; exit 2 ;;
esac

# The GeoNames gazetteer (data/gazetteer.db): builds the CLI when needed, then the database when missing or stale.
"$ROOT/scripts/build-gazetteer.sh"
