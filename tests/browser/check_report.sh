#!/usr/bin/env bash
# Browser test of the HTML report (docs/report.md).
#
#   tests/browser/check_report.sh REPORT.html [SCREENSHOT.png] [OUT_DIR]
#
# Opens REPORT.html in headless Chromium (Debian's package, installed when
# missing: needs root), dumps the DOM after the page's scripts ran and checks
# it with check_dom.py: every document section present, highlighted mentions
# (`span.ent`) in every section that shows text, their number equal to the
# mentions the report lists (and to mentions.parquet when OUT_DIR is given
# and a Python with pyarrow is available as $PYTHON), and the cooperation
# graph (`svg#coop-graph`) with at least one edge. Saves a screenshot of the
# summary (SCREENSHOT.png, default /tmp/guihua-report.png) and one of the
# first document page (SCREENSHOT with -doc0 before .png). Keep screenshots
# out of the repository.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

report="${1:?usage: check_report.sh REPORT.html [SCREENSHOT.png] [OUT_DIR]}"
shot="${2:-/tmp/guihua-report.png}"
out_dir="${3:-}"
[[ -f "$report" ]] || { echo "check_report: no such file: $report" >&2; exit 2; }
report="$(cd "$(dirname "$report")" && pwd)/$(basename "$report")"

apt_install() {
  if [[ "$(id -u)" != 0 ]]; then
    echo "check_report: $* missing and not root: install it (apt-get install -y $*)" >&2
    exit 2
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

command -v chromium >/dev/null 2>&1 || apt_install chromium
# Without a CJK font the screenshot shows empty boxes (the DOM checks do not care).
if command -v fc-list >/dev/null 2>&1 && [[ -z "$(fc-list :lang=zh 2>/dev/null)" ]]; then
  if [[ "$(id -u)" == 0 ]]; then
    apt_install fonts-wqy-zenhei
  else
    echo "check_report: no CJK font (fonts-wqy-zenhei); screenshot text will be boxes" >&2
  fi
fi

profile="$(mktemp -d)"
work="$(mktemp -d)"
trap 'rm -rf "$profile" "$work"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
  --disable-background-networking --disable-component-update --disable-sync
  --disable-dev-shm-usage --user-data-dir="$profile")

url="file://$report"
chromium "${flags[@]}" --dump-dom "$url" >"$work/dom.html" 2>"$work/chromium.log" || {
  cat "$work/chromium.log" >&2; exit 1; }
chromium "${flags[@]}" --window-size=1280,2000 --screenshot="$shot" "$url" >>"$work/chromium.log" 2>&1 || {
  cat "$work/chromium.log" >&2; exit 1; }
doc_shot="${shot%.png}-doc0.png"
chromium "${flags[@]}" --window-size=1280,2000 --screenshot="$doc_shot" "$url#doc-0" >>"$work/chromium.log" 2>&1 || {
  cat "$work/chromium.log" >&2; exit 1; }

py="${PYTHON:-python3}"
"$py" "$here/check_dom.py" "$work/dom.html" ${out_dir:+"$out_dir"}
for f in "$shot" "$doc_shot"; do
  [[ -s "$f" ]] || { echo "check_report: no screenshot at $f" >&2; exit 1; }
  echo "screenshot: $f ($(stat -c %s "$f") bytes)"
done
