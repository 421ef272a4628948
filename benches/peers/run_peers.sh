#!/usr/bin/env bash
# Peer comparison (issue 8): guihua vs the Python pipeline a user would write
# (peer_pipeline.py: jieba.posseg + pyahocorasick + pyarrow) on the same
# documents, a 20 MB subset of the generated corpus by default
# (jieba.posseg is slow). Prints both speeds and the ratio.
#
#   benches/peers/run_peers.sh                 # scale 0.1 = 20 MB
#   PEER_SCALE=0.02 benches/peers/run_peers.sh # 4 MB, quicker
#   PEER_HMM=1 ...                             # jieba with its HMM (slow, see BENCHMARKS.md)
# The venv (bench-data/venv) is created from requirements.txt when missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
DATA=$ROOT/bench-data
SCALE=${PEER_SCALE:-0.1}
VENV=${PEER_VENV:-$DATA/venv}
mkdir -p "$DATA"
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q -r benches/peers/requirements.txt
fi
PY=$VENV/bin/python
[ -n "${SKIP_BUILD:-}" ] || cargo build --release -q -p guihua --bin guihua
CORPUS=$DATA/corpus-s$SCALE
[ -f "$CORPUS/MANIFEST.json" ] || "$PY" scripts/bench/make_corpus.py --scale "$SCALE" --out "$CORPUS"

echo "# peer comparison on $CORPUS ($(du -sh "$CORPUS" | cut -f1)), load $(uptime | sed 's/.*load average: //')"
rm -rf "$DATA/peer-guihua-t1" "$DATA/peer-python"  # fresh runs (the CLI is incremental)
G1=$("$ROOT/target/release/guihua" run "$CORPUS" --out "$DATA/peer-guihua-t1" --threads 1 2>/dev/null | awk '/^time:/ {print $(NF-1)}' || true)
echo "guihua run --threads 1: $G1 MB/s"
HMM_FLAG=""
[ -n "${PEER_HMM:-}" ] && HMM_FLAG=--hmm
PEER=$("$PY" benches/peers/peer_pipeline.py "$CORPUS" --out "$DATA/peer-python" $HMM_FLAG)
echo "python peer: $PEER"
P=$(echo "$PEER" | "$PY" -c 'import json,sys; print(json.load(sys.stdin)["mb_s"])')
awk -v g="$G1" -v p="$P" 'BEGIN { printf "guihua / python peer (1 core each): %.1fx\n", g/p }'
