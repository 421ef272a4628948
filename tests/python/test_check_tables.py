#!/usr/bin/env python3
"""Self-test of check_tables.py: it passes a good output folder and fails
broken copies of it, one defect at a time, naming the defect.

usage: test_check_tables.py GOOD_OUT_DIR   (e.g. written by
`cargo run -p guihua-store --example write_sample -- DIR`)
"""
import os
import shutil
import subprocess
import sys
import tempfile

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

HERE = os.path.dirname(os.path.abspath(__file__))
CHECK = os.path.join(HERE, "check_tables.py")


def run(out):
    p = subprocess.run([sys.executable, CHECK, out], capture_output=True, text=True)
    return p.returncode, p.stdout + p.stderr


def rewrite(out, table, fn, keep_metadata=True):
    path = os.path.join(out, table + ".parquet")
    t = pq.read_table(path)
    md = t.schema.metadata
    t = fn(t)
    if keep_metadata and md:
        t = t.replace_schema_metadata(md)
    pq.write_table(t, path, compression="zstd")


def set_col(t, name, arr):
    return t.set_column(t.column_names.index(name), name, arr)


CASES = [
    ("missing column", "mentions", lambda t: t.drop_columns(["norm"]), "missing column norm"),
    ("wrong type", "mentions", lambda t: set_col(t, "start", pc.cast(t.column("start"), pa.int64())),
     "column start is int64, expected uint64"),
    ("duplicate mention", "mentions", lambda t: pa.concat_tables([t, t.slice(0, 1)]), "(doc_id, mention_id) is not unique"),
    ("empty span", "mentions", lambda t: set_col(t, "end", t.column("start")), "start < end does not hold"),
    ("dangling relation", "relations",
     lambda t: set_col(t, "tail_mention", pa.array([999] * t.num_rows, pa.uint32())),
     "tail_mention does not exist in mentions"),
    ("no metadata", "targets", lambda t: t.replace_schema_metadata(None), "lacks guihua.version"),
    ("facts counts", "facts", lambda t: set_col(t, "n_docs", pa.array([7] * t.num_rows, pa.uint32())),
     "n_docs == len(doc_ids)"),
    ("bad predicate", "relations",
     lambda t: set_col(t, "predicate", pa.array(["OWNS"] * t.num_rows, pa.string())), "predicate not one of"),
]


def main():
    good = sys.argv[1]
    rc, text = run(good)
    assert rc == 0, f"good folder fails:\n{text}"
    failures = 0
    for name, table, fn, expect in CASES:
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "out")
            shutil.copytree(good, out)
            rewrite(out, table, fn, keep_metadata=(name != "no metadata"))
            rc, text = run(out)
            ok = rc == 1 and expect in text
            failures += not ok
            print(f"{'ok  ' if ok else 'FAIL'} {name}" + ("" if ok else f": rc={rc}\n{text}"))
    # A folder of part files is read like a single file.
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out")
        shutil.copytree(good, out)
        src = os.path.join(out, "mentions.parquet")
        os.rename(src, src + ".tmp")
        os.makedirs(src)
        os.rename(src + ".tmp", os.path.join(src, "part-0.parquet"))
        open(os.path.join(src, "_SUCCESS"), "w").close()
        rc, text = run(out)
        ok = rc == 0
        failures += not ok
        print(f"{'ok  ' if ok else 'FAIL'} part folder" + ("" if ok else f": rc={rc}\n{text}"))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
