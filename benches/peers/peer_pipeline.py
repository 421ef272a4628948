#!/usr/bin/env python3
"""The pipeline a Python user would write instead of guihua (issue 8 peer).

For every .txt/.html file under the inputs: decode (UTF-8, else GB18030;
HTML tags stripped with the standard library's HTMLParser), tag places and
organisations with jieba.posseg (ns -> PLACE, nt -> AGENCY; HMM off unless
--hmm: with it, jieba's Viterbi over unknown words takes minutes on one
traditional-script document), find every
dictionary name and alias (dictionaries/*.tsv, the terms guihua's matcher
holds) with one pyahocorasick automaton (longest non-overlapping matches),
and write documents.parquet and mentions.parquet (zstd, code point offsets,
streamed in row groups) with pyarrow.

It does less than guihua: no script conversion, no cleaning or structure, no
rule recognisers, no overlap resolution, no relations, targets or facts. The
speed comparison therefore favours it.

    python benches/peers/peer_pipeline.py bench-data/corpus-s0.1 --out bench-data/peer-out
"""

import argparse
import hashlib
import json
import os
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

import ahocorasick
import jieba
import jieba.posseg as pseg
import pyarrow as pa
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parents[2]
EXTS = {".txt", ".text", ".html", ".htm"}


def load_automaton(dict_dir):
    """One automaton over every name and alias: value = (form, [(id, type)])."""
    forms = {}
    for tsv in sorted(Path(dict_dir).glob("*.tsv")):
        with open(tsv, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or line.startswith("id\t"):
                    continue
                cols = line.rstrip("\n").split("\t")
                if len(cols) < 5:
                    continue
                for form in [cols[3]] + [a for a in cols[4].split("|") if a]:
                    forms.setdefault(form, []).append((cols[0], cols[1]))
    a = ahocorasick.Automaton()
    for form, entries in forms.items():
        a.add_word(form, (form, entries))
    a.make_automaton()
    return a, len(forms)


class TextExtractor(HTMLParser):
    SKIP = {"script", "style", "head"}

    def __init__(self):
        super().__init__()
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in ("p", "div", "br", "li", "h1", "h2", "h3", "tr"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def decode(data, name):
    for enc in ("utf-8", "gb18030"):
        try:
            text = data.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    else:
        text, enc = data.decode("utf-8", errors="replace"), "utf-8-lossy"
    fmt = "txt"
    if name.lower().endswith((".html", ".htm")):
        p = TextExtractor()
        p.feed(text)
        text = "".join(p.parts)
        fmt = "html"
    return text, enc, fmt


DOC_SCHEMA = pa.schema([
    ("doc_id", pa.string()), ("sha256", pa.string()), ("format", pa.string()),
    ("encoding", pa.string()), ("chars", pa.uint64()), ("status", pa.string()),
    ("n_mentions", pa.uint32()), ("bytes", pa.uint64()),
])
MENTION_SCHEMA = pa.schema([
    ("doc_id", pa.string()), ("mention_id", pa.uint32()), ("type", pa.string()),
    ("start", pa.uint64()), ("end", pa.uint64()), ("text", pa.string()),
    ("norm", pa.string()), ("entity_id", pa.string()), ("source", pa.string()),
])
POS_TYPE = {"ns": "PLACE", "nt": "AGENCY"}


def process(doc_id, data, name, automaton, hmm=False):
    text, enc, fmt = decode(data, name)
    mentions = []
    # Dictionary: longest non-overlapping matches.
    for end, (form, entries) in automaton.iter_long(text):
        start = end - len(form) + 1
        eid, etype = entries[0]
        mentions.append((start, end + 1, etype, form, form, eid, "dictionary"))
    # jieba.posseg: ns / nt words.
    pos = 0
    for w in pseg.cut(text, HMM=hmm):
        n = len(w.word)
        t = POS_TYPE.get(w.flag)
        if t:
            mentions.append((pos, pos + n, t, w.word, w.word, None, "jieba"))
        pos += n
    mentions.sort(key=lambda m: (m[0], -m[1]))
    doc = {
        "doc_id": doc_id, "sha256": hashlib.sha256(data).hexdigest(), "format": fmt,
        "encoding": enc, "chars": len(text), "status": "ok",
        "n_mentions": len(mentions), "bytes": len(data),
    }
    return doc, mentions


class Sink:
    def __init__(self, path, schema, rows=65536):
        self.w = pq.ParquetWriter(path, schema, compression="zstd", compression_level=3)
        self.schema = schema
        self.cols = {f.name: [] for f in schema}
        self.rows = 0
        self.limit = rows

    def add(self, row):
        for k, v in row.items():
            self.cols[k].append(v)
        self.rows += 1
        if self.rows >= self.limit:
            self.flush()

    def flush(self):
        if self.rows:
            self.w.write_table(pa.table(self.cols, schema=self.schema))
            self.cols = {f.name: [] for f in self.schema}
            self.rows = 0

    def close(self):
        self.flush()
        self.w.close()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("inputs", nargs="+", type=Path)
    ap.add_argument("--out", type=Path, default=ROOT / "bench-data" / "peer-out")
    ap.add_argument("--dict", type=Path, default=ROOT / "dictionaries")
    ap.add_argument("--hmm", action="store_true",
                    help="jieba's HMM for unknown words (its default; pathologically slow "
                         "on traditional-script text, see BENCHMARKS.md)")
    args = ap.parse_args()
    jieba.setLogLevel(60)
    t_load = time.perf_counter()
    automaton, n_forms = load_automaton(args.dict)
    jieba.initialize()
    load_s = time.perf_counter() - t_load

    files = []
    for inp in args.inputs:
        if inp.is_file():
            files.append((inp.name, inp))
            continue
        found = sorted(p for p in inp.rglob("*") if p.suffix.lower() in EXTS)
        files += [(p.relative_to(inp).as_posix(), p) for p in found]
    args.out.mkdir(parents=True, exist_ok=True)
    docs = Sink(args.out / "documents.parquet", DOC_SCHEMA)
    ments = Sink(args.out / "mentions.parquet", MENTION_SCHEMA)
    t0 = time.perf_counter()
    total = n_mentions = 0
    for doc_id, p in files:
        data = p.read_bytes()
        total += len(data)
        doc, mentions = process(doc_id, data, p.name, automaton, args.hmm)
        docs.add(doc)
        for i, (s, e, t, text, norm, eid, src) in enumerate(mentions):
            ments.add({"doc_id": doc_id, "mention_id": i, "type": t, "start": s, "end": e,
                       "text": text, "norm": norm, "entity_id": eid, "source": src})
        n_mentions += len(mentions)
    docs.close()
    ments.close()
    secs = time.perf_counter() - t0
    print(json.dumps({
        "peer": "jieba.posseg + pyahocorasick + pyarrow", "hmm": args.hmm, "documents": len(files),
        "bytes": total, "mentions": n_mentions, "patterns": n_forms,
        "load_s": round(load_s, 3), "seconds": round(secs, 3),
        "mb_s": round(total / 1e6 / secs, 4),
    }))


if __name__ == "__main__":
    main()
