#!/usr/bin/env bash
# Executes notebooks/explore.ipynb top to bottom against a run folder and fails
# on any cell error.
#
#   notebooks/run_notebook.sh OUT [EXECUTED.ipynb]
#
# Python: $PYTHON when set (it must have notebooks/requirements.txt installed),
# otherwise the repository's .venv, created and filled from
# notebooks/requirements.txt when it lacks them. The executed copy goes to
# EXECUTED.ipynb (default: a temporary file); the committed notebook keeps no
# outputs. Figures go to $GUIHUA_FIGURES (default: a temporary folder).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"

out="${1:?usage: run_notebook.sh OUT [EXECUTED.ipynb]}"
[[ -d "$out" ]] || { echo "run_notebook: no run folder at $out" >&2; exit 2; }
out="$(cd "$out" && pwd)"
executed="${2:-$(mktemp -t explore.XXXXXX.ipynb)}"

check='import polars, pyarrow, matplotlib, nbclient, nbformat, ipykernel'
if [[ -n "${PYTHON:-}" ]]; then
  py="$PYTHON"
else
  py="$root/.venv/bin/python"
  if [[ ! -x "$py" ]]; then
    python3 -m venv "$root/.venv"
  fi
  if ! "$py" -c "$check" 2>/dev/null; then
    "$py" -m pip install --quiet -r "$here/requirements.txt"
  fi
fi
"$py" -c "$check" || { echo "run_notebook: $py lacks notebooks/requirements.txt" >&2; exit 2; }

GUIHUA_OUT="$out" MPLBACKEND=Agg "$py" - "$here/explore.ipynb" "$executed" <<'PY'
import sys
import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

src, dst = sys.argv[1], sys.argv[2]
nb = nbformat.read(src, as_version=4)
client = NotebookClient(nb, timeout=600, kernel_name="python3",
                        resources={"metadata": {"path": str(__import__("pathlib").Path(src).parent)}})
try:
    client.execute()
except CellExecutionError as e:
    nbformat.write(nb, dst)
    print(f"run_notebook: FAILED (partial output in {dst})\n{e}", file=sys.stderr)
    sys.exit(1)
nbformat.write(nb, dst)
code = [c for c in nb.cells if c.cell_type == "code"]
errors = [o for c in code for o in c.get("outputs", []) if o.get("output_type") == "error"]
images = sum(1 for c in code for o in c.get("outputs", []) if "image/png" in o.get("data", {}))
if errors:
    print(f"run_notebook: {len(errors)} error output(s)", file=sys.stderr)
    sys.exit(1)
print(f"run_notebook: {len(code)} code cells ran, {images} figure(s), executed copy: {dst}")
PY
