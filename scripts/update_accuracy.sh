#!/usr/bin/env bash
# Raises the accuracy baseline deliberately: scores the default pipeline on the
# dev gold, writes tests/gold/baseline.json and replaces the score table in
# README.md ("## Accuracy") with the same run's table. Commit both together.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
table="$(mktemp)"
trap 'rm -f "$table"' EXIT
cargo run --release -q -- eval --run --write-baseline tests/gold/baseline.json \
  | sed -n '/^Mentions/,/^year/p' > "$table"
python3 - "$table" <<'PY'
import re, sys
table = open(sys.argv[1], encoding="utf-8").read().rstrip("\n")
readme = open("README.md", encoding="utf-8").read()
new, n = re.subn(r"```\nMentions .*?\n```", lambda _: "```\n" + table + "\n```", readme, count=1, flags=re.S)
if n != 1:
    sys.exit("update_accuracy: no score table (a ``` block starting with 'Mentions') in README.md")
open("README.md", "w", encoding="utf-8").write(new)
PY
echo "update_accuracy: tests/gold/baseline.json and README.md updated"
