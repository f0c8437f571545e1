#!/usr/bin/env bash
# Scores the coder on the real reports of ../shared/corpus-real (or $ATLAS_CORPUS_REAL) with the project's settings:
# the held-out list, the gold corrections, the six regional folders in English and French as the subset, and the
# floors of corpus/real-baseline.json. Extra arguments go to `atlas eval` (--details, --update, ...).
# Exits 3 with a note when the corpus is missing.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CORPUS_REAL="${ATLAS_CORPUS_REAL:-$ROOT/../shared/corpus-real}"
# The issue's measure: the six regional folders in English and French (iberoamerica/ and arabic/ are other languages).
SUBSET="americas,east-central-africa,europe-asia,francophone,middle-east,sahel-west-africa:en,fr"
if [ ! -d "$CORPUS_REAL" ]; then
  echo "note: $CORPUS_REAL is missing: the real-report accuracy is not measured"
  exit 3
fi
exec "$ROOT/atlas" eval --corpus "$CORPUS_REAL" --baseline "$ROOT/corpus/real-baseline.json" \
  --holdout "$ROOT/corpus/real-holdout.tsv" --corrections "$ROOT/corpus/corpus-real-corrections.tsv" --subset "$SUBSET" "$@"
