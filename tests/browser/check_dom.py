"""Checks the DOM of the HTML report as dumped by headless Chromium.

usage: check_dom.py DOM.html [OUT_DIR]

Fails (exit 1) unless: there is at least one document section; every section
that shows text has highlighted mentions (span.ent), each carrying its
section's data-doc, as many as the section's data-mentions (the mentions the
tables hold for it) and, when OUT_DIR is given and pyarrow imports, as many
as mentions.parquet holds for that document; and svg#coop-graph is present
with at least one line.edge. Standard library only (pyarrow optional).
"""

import collections
import sys
from html.parser import HTMLParser


class Dom(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.sections = []  # dicts: id, doc, mentions, text, ents, bad_doc
        self.cur = None
        self.svg = False
        self.edges = 0
        self.in_svg = False
        self.index_rows = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag == "section" and "doc" in classes:
            self.cur = {
                "id": a.get("id"),
                "doc": a.get("data-doc"),
                "mentions": int(a.get("data-mentions", "-1")),
                "text": False,
                "ents": 0,
                "types": collections.Counter(),
                "bad_doc": 0,
            }
            self.sections.append(self.cur)
        elif tag == "section":
            self.cur = None
        elif tag == "div" and "doctext" in classes and self.cur is not None:
            self.cur["text"] = True
        elif tag == "span" and "ent" in classes:
            if self.cur is None:
                raise SystemExit("check_dom: span.ent outside a document section")
            self.cur["ents"] += 1
            self.cur["types"].update(c[4:] for c in classes if c.startswith("ent-"))
            if a.get("data-doc") != self.cur["doc"]:
                self.cur["bad_doc"] += 1
        elif tag == "svg" and a.get("id") == "coop-graph":
            self.svg = True
            self.in_svg = True
        elif tag == "line" and self.in_svg and "edge" in classes:
            self.edges += 1
        elif tag == "tr" and "data-search" in a:
            self.index_rows += 1

    def handle_endtag(self, tag):
        if tag == "svg":
            self.in_svg = False


def parquet_counts(out_dir):
    try:
        import pyarrow.parquet as pq
    except ImportError:
        print("check_dom: pyarrow not available, not comparing with mentions.parquet")
        return None
    import os

    path = os.path.join(out_dir, "mentions.parquet")
    t = pq.read_table(path, columns=["doc_id"])
    return collections.Counter(t.column("doc_id").to_pylist())


def main():
    if len(sys.argv) not in (2, 3):
        raise SystemExit(__doc__)
    dom = Dom()
    with open(sys.argv[1], encoding="utf-8") as f:
        dom.feed(f.read())
    expected = parquet_counts(sys.argv[2]) if len(sys.argv) == 3 else None

    errors = []
    if not dom.sections:
        errors.append("no document sections")
    if dom.index_rows != len(dom.sections):
        errors.append(f"index has {dom.index_rows} rows for {len(dom.sections)} sections")
    total = 0
    with_text = 0
    for s in dom.sections:
        name = f"{s['id']} ({s['doc']})"
        total += s["ents"]
        if s["bad_doc"]:
            errors.append(f"{name}: {s['bad_doc']} span.ent with another data-doc")
        if not s["text"]:
            if s["ents"]:
                errors.append(f"{name}: highlighted mentions without text")
            continue
        with_text += 1
        if s["mentions"] > 0 and s["ents"] == 0:
            errors.append(f"{name}: text shown but no span.ent")
        if s["ents"] != s["mentions"]:
            errors.append(f"{name}: {s['ents']} span.ent for {s['mentions']} mentions")
        if expected is not None and s["ents"] != expected.get(s["doc"], 0):
            errors.append(
                f"{name}: {s['ents']} span.ent but mentions.parquet has {expected.get(s['doc'], 0)}"
            )
        types = ", ".join(f"{k} {v}" for k, v in sorted(s["types"].items()))
        print(f"  {name}: {s['ents']} span.ent ({types})")
    if not dom.svg:
        errors.append("svg#coop-graph missing")
    elif dom.edges < 1:
        errors.append("svg#coop-graph has no line.edge")

    print(
        f"check_dom: {len(dom.sections)} document sections ({with_text} with text), "
        f"{total} span.ent, graph: {'yes' if dom.svg else 'no'} with {dom.edges} edges"
    )
    if expected is not None:
        print(f"check_dom: mentions.parquet holds {sum(expected.values())} mentions")
    for e in errors:
        print("FAIL:", e)
    if errors:
        sys.exit(1)
    print("check_dom: ok")


if __name__ == "__main__":
    main()
