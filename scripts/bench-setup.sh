#!/usr/bin/env bash
# Installs Readability.js (@mozilla/readability) and jsdom into .build/npm for the extraction benchmark's
# comparison run. Safe to run again: it does nothing when both are present.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PREFIX="$ROOT/.build/npm"
if [ -f "$PREFIX/node_modules/@mozilla/readability/package.json" ] && [ -f "$PREFIX/node_modules/jsdom/package.json" ]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "error: npm (Node.js) is needed for the Readability.js comparison" >&2
  exit 1
fi
mkdir -p "$PREFIX"
[ -f "$PREFIX/package.json" ] || echo '{"name":"atlas-bench-js","private":true}' > "$PREFIX/package.json"
npm install --prefix "$PREFIX" --no-audit --no-fund --silent @mozilla/readability@0.6.0 jsdom@26.1.0 >&2
