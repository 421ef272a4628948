#!/usr/bin/env python3
"""Check a guihua output folder the way a notebook reads it: with pyarrow.

usage: check_tables.py OUT_DIR

Reads documents, mentions, relations, targets and facts (each either
<table>.parquet or a folder <table>.parquet/ of part files) and checks:
- every required column is present with its Arrow type, and non-nullable
  columns hold no nulls;
- every file carries key-value metadata guihua.version, guihua.pipeline and
  guihua.dictionary_hash, the same in every file;
- documents: doc_id unique, n_mentions / n_relations match the other tables;
- mentions: (doc_id, mention_id) unique, 0 <= start < end <= chars,
  len(text) == end - start, type is one of the five, doc_id is a document;
- relations: predicate and types known, head/tail mention ids exist in
  mentions of the same document, evidence_start < evidence_end <= chars;
- targets: one row per TARGET mention and no other, comparator known, masked
  targets have a null value;
- facts: (head_key, predicate, tail_key) unique, COOPERATES_WITH ordered,
  n_docs == len(doc_ids), doc_ids sorted, distinct and known,
  1 <= n_docs <= n_support, first_doc_id among doc_ids.
Prints every problem (up to a few examples each) and exits 1 if there is one.
"""
import glob
import os
import sys

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

S, U32, U64, I32, F32, F64, B = pa.string(), pa.uint32(), pa.uint64(), pa.int32(), pa.float32(), pa.float64(), pa.bool_()
LIST_S = pa.list_(pa.string())

# (column, type, nullable)
SCHEMAS = {
    "documents": [
        ("doc_id", S, False), ("sha256", S, False), ("format", S, False), ("encoding", S, False),
        ("script", S, False), ("chars", U64, False), ("subject", S, True), ("subject_code", S, True),
        ("issuers", LIST_S, False), ("status", S, False), ("n_mentions", U32, False),
        ("n_relations", U32, False), ("text_basis", S, False), ("bytes", U64, False),
    ],
    "mentions": [
        ("doc_id", S, False), ("mention_id", U32, False), ("type", S, False), ("start", U64, False),
        ("end", U64, False), ("text", S, False), ("norm", S, False), ("entity_id", S, True),
        ("code", S, True), ("canonical", S, True), ("sentence", U32, False), ("source", S, False),
        ("confidence", F32, False),
    ],
    "relations": [
        ("doc_id", S, False), ("predicate", S, False), ("head_mention", U32, True), ("head_norm", S, False),
        ("head_type", S, False), ("head_is_doc", B, False), ("tail_mention", U32, True),
        ("tail_norm", S, False), ("tail_type", S, False), ("evidence_start", U64, False),
        ("evidence_end", U64, False), ("rule", S, False), ("confidence", F32, False),
    ],
    "targets": [
        ("doc_id", S, False), ("mention_id", U32, False), ("indicator", S, False), ("value", S, True),
        ("value_num", F64, True), ("unit", S, True), ("comparator", S, False), ("year", I32, True),
        ("masked", B, False), ("scope_norm", S, True),
    ],
    "facts": [
        ("head_key", S, False), ("head_norm", S, False), ("head_type", S, False), ("head_entity_id", S, True),
        ("predicate", S, False), ("tail_key", S, False), ("tail_norm", S, False), ("tail_type", S, False),
        ("tail_entity_id", S, True), ("n_support", U32, False), ("n_docs", U32, False),
        ("doc_ids", LIST_S, False), ("first_doc_id", S, False), ("first_evidence", S, True),
    ],
}
META_KEYS = ["guihua.version", "guihua.pipeline", "guihua.dictionary_hash"]
TYPES = {"PLACE", "PROJECT", "AGENCY", "INDUSTRY", "TARGET"}
PREDICATES = {"LED_BY", "IMPLEMENTED_BY", "LOCATED_IN", "CONNECTS", "COOPERATES_WITH", "DEVELOPS", "HAS_TARGET"}
COMPARATORS = {">=", "<=", "=", "~"}
EXAMPLES = 5

problems = []


def problem(table, what, examples=()):
    examples = list(examples)
    more = f" (e.g. {examples[:EXAMPLES]}{' ...' if len(examples) > EXAMPLES else ''}; {len(examples)} in all)" if examples else ""
    problems.append(f"{table}: {what}{more}")


def table_files(out, name):
    p = os.path.join(out, name + ".parquet")
    if os.path.isfile(p):
        return [p]
    files = []
    for f in sorted(glob.glob(os.path.join(p, "**", "*.parquet"), recursive=True)):
        rel = os.path.relpath(f, p)
        if not any(part.startswith((".", "_")) for part in rel.split(os.sep)):
            files.append(f)
    return files


def same_type(got, want):
    if pa.types.is_list(want):
        return pa.types.is_list(got) and got.value_type == want.value_type
    return got == want


def read(out, name, run_meta):
    files = table_files(out, name)
    if not files:
        problem(name, f"missing: neither {name}.parquet nor a folder of part files in {out}")
        return None
    tables = []
    for f in files:
        where = os.path.relpath(f, out)
        try:
            t = pq.read_table(f)
        except Exception as e:  # noqa: BLE001 - report and go on
            problem(name, f"{where}: cannot read: {e}")
            continue
        md = {k.decode(errors="replace"): v.decode(errors="replace") for k, v in (t.schema.metadata or {}).items()}
        for k in META_KEYS:
            if k not in md:
                problem(name, f"{where}: key-value metadata lacks {k}")
            elif run_meta.setdefault(k, (md[k], where))[0] != md[k]:
                problem(name, f"{where}: {k} is {md[k]!r} but {run_meta[k][1]} says {run_meta[k][0]!r}")
        ok = True
        for col, want, nullable in SCHEMAS[name]:
            if col not in t.column_names:
                problem(name, f"{where}: missing column {col} ({want})")
                ok = False
                continue
            got = t.schema.field(col).type
            if not same_type(got, want):
                problem(name, f"{where}: column {col} is {got}, expected {want}")
                ok = False
            elif not nullable and t.column(col).null_count:
                problem(name, f"{where}: column {col} has {t.column(col).null_count} nulls, expected none")
        if ok:
            tables.append(t.select([c for c, _, _ in SCHEMAS[name]]))
    if not tables:
        return None
    return pa.concat_tables(tables)


def col(t, name):
    return t.column(name).to_pylist()


def check(out):
    run_meta = {}
    docs, ments, rels, tgts, facts = (read(out, n, run_meta) for n in SCHEMAS)

    chars = {}
    if docs is not None:
        ids = col(docs, "doc_id")
        chars = dict(zip(ids, col(docs, "chars")))
        if len(chars) != len(ids):
            seen, dup = set(), []
            for i in ids:
                if i in seen:
                    dup.append(i)
                seen.add(i)
            problem("documents", "doc_id is not unique", dup)

    mention_type = {}
    if ments is not None:
        keys = list(zip(col(ments, "doc_id"), col(ments, "mention_id")))
        starts, ends, texts, types = col(ments, "start"), col(ments, "end"), col(ments, "text"), col(ments, "type")
        dup, bad_span, bad_text, bad_type, unknown_doc, past_end = [], [], [], [], [], []
        for k, s, e, x, ty in zip(keys, starts, ends, texts, types):
            if k in mention_type:
                dup.append(k)
            mention_type[k] = ty
            if s is None or e is None or not s < e:
                bad_span.append((*k, s, e))
            elif x is not None and len(x) != e - s:
                bad_text.append((*k, s, e, x))
            if ty not in TYPES:
                bad_type.append((*k, ty))
            if docs is not None:
                if k[0] not in chars:
                    unknown_doc.append(k)
                elif e is not None and e > chars[k[0]]:
                    past_end.append((*k, e, chars[k[0]]))
        if dup:
            problem("mentions", "(doc_id, mention_id) is not unique", dup)
        if bad_span:
            problem("mentions", "start < end does not hold", bad_span)
        if bad_text:
            problem("mentions", "len(text) != end - start (text must be the code point slice)", bad_text)
        if bad_type:
            problem("mentions", f"type not one of {sorted(TYPES)}", bad_type)
        if unknown_doc:
            problem("mentions", "doc_id not in documents", unknown_doc)
        if past_end:
            problem("mentions", "end is past the document's chars", past_end)

    if rels is not None:
        doc_ids = col(rels, "doc_id")
        bad_pred = [(d, p) for d, p in zip(doc_ids, col(rels, "predicate")) if p not in PREDICATES]
        if bad_pred:
            problem("relations", f"predicate not one of {sorted(PREDICATES)}", bad_pred)
        for side in ("head", "tail"):
            bad = [(d, t) for d, t in zip(doc_ids, col(rels, f"{side}_type")) if t not in TYPES]
            if bad:
                problem("relations", f"{side}_type not one of {sorted(TYPES)}", bad)
            if ments is not None:
                dangling = [(d, m) for d, m in zip(doc_ids, col(rels, f"{side}_mention"))
                            if m is not None and (d, m) not in mention_type]
                if dangling:
                    problem("relations", f"{side}_mention does not exist in mentions of the same document", dangling)
        bad_ev = [(d, s, e) for d, s, e in zip(doc_ids, col(rels, "evidence_start"), col(rels, "evidence_end"))
                  if not s < e or (d in chars and e > chars[d])]
        if bad_ev:
            problem("relations", "evidence_start < evidence_end <= chars does not hold", bad_ev)
        if docs is not None:
            unknown = sorted({d for d in doc_ids if d not in chars})
            if unknown:
                problem("relations", "doc_id not in documents", unknown)

    if tgts is not None:
        keys = list(zip(col(tgts, "doc_id"), col(tgts, "mention_id")))
        seen, dup = set(), []
        for k in keys:
            if k in seen:
                dup.append(k)
            seen.add(k)
        if dup:
            problem("targets", "(doc_id, mention_id) is not unique", dup)
        if ments is not None:
            not_target = [k for k in keys if mention_type.get(k) != "TARGET"]
            if not_target:
                problem("targets", "row is not a TARGET mention in mentions", not_target)
            missing = [k for k, ty in mention_type.items() if ty == "TARGET" and k not in seen]
            if missing:
                problem("targets", "TARGET mention without a targets row", missing)
        bad_cmp = [(*k, c) for k, c in zip(keys, col(tgts, "comparator")) if c not in COMPARATORS]
        if bad_cmp:
            problem("targets", f"comparator not one of {sorted(COMPARATORS)}", bad_cmp)
        masked_value = [(*k, v) for k, m, v in zip(keys, col(tgts, "masked"), col(tgts, "value")) if m and v is not None]
        if masked_value:
            problem("targets", "masked target with a value", masked_value)

    if docs is not None:
        for name, t, field in (("mentions", ments, "n_mentions"), ("relations", rels, "n_relations")):
            if t is None:
                continue
            counts = {}
            for d in col(t, "doc_id"):
                counts[d] = counts.get(d, 0) + 1
            off = [(d, n, counts.get(d, 0)) for d, n in zip(col(docs, "doc_id"), col(docs, field)) if n != counts.get(d, 0)]
            if off:
                problem("documents", f"{field} differs from the rows in {name} (doc_id, {field}, rows)", off)

    if facts is not None:
        triples = list(zip(col(facts, "head_key"), col(facts, "predicate"), col(facts, "tail_key")))
        seen, dup = set(), []
        for k in triples:
            if k in seen:
                dup.append(k)
            seen.add(k)
        if dup:
            problem("facts", "(head_key, predicate, tail_key) is not unique", dup)
        unordered = [k for k in triples if k[1] == "COOPERATES_WITH" and k[0] > k[2]]
        if unordered:
            problem("facts", "COOPERATES_WITH not stored with head_key <= tail_key", unordered)
        bad_pred = [k for k in triples if k[1] not in PREDICATES]
        if bad_pred:
            problem("facts", "unknown predicate", bad_pred)
        bad_counts, bad_docs, bad_first, unknown = [], [], [], set()
        for k, ns, nd, ids, first in zip(triples, col(facts, "n_support"), col(facts, "n_docs"),
                                          col(facts, "doc_ids"), col(facts, "first_doc_id")):
            if not 1 <= nd <= ns or nd != len(ids):
                bad_counts.append((*k, ns, nd, len(ids)))
            if ids != sorted(set(ids)):
                bad_docs.append((*k, ids))
            if first not in ids:
                bad_first.append((*k, first))
            if docs is not None:
                unknown.update(i for i in ids if i not in chars)
        if bad_counts:
            problem("facts", "1 <= n_docs == len(doc_ids) <= n_support does not hold", bad_counts)
        if bad_docs:
            problem("facts", "doc_ids not sorted and distinct", bad_docs)
        if bad_first:
            problem("facts", "first_doc_id not among doc_ids", bad_first)
        if unknown:
            problem("facts", "doc_ids not in documents", sorted(unknown))
        if rels is not None and len(triples) > rels.num_rows:
            problem("facts", f"{len(triples)} facts from only {rels.num_rows} relations")

    counts = {n: (t.num_rows if t is not None else "-") for n, t in zip(SCHEMAS, (docs, ments, rels, tgts, facts))}
    return counts, {k: v[0] for k, v in run_meta.items()}


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        sys.exit(2)
    out = sys.argv[1]
    if not os.path.isdir(out):
        print(f"{out}: not a folder", file=sys.stderr)
        sys.exit(2)
    counts, meta = check(out)
    summary = ", ".join(f"{k} {v}" for k, v in counts.items())
    for p in problems:
        print(p)
    if problems:
        print(f"tables broken ({len(problems)} problems): {summary}")
        sys.exit(1)
    print(f"tables ok: {summary}; " + ", ".join(f"{k}={v}" for k, v in meta.items()))


if __name__ == "__main__":
    main()
