#!/usr/bin/env python3
"""Generates a large benchmark corpus from the bundled documents (corpus/yrd).

Every output document is one of the bundled documents with perturbations, so
that no two are byte-identical:

* paragraphs partly shuffled (the first lines, the title, stay in place) and a
  few dropped;
* place names renamed: some of the province/city/county names and short forms
  the document mentions are replaced by other places of the same level drawn
  from dictionaries/places.tsv;
* numbers changed (years shifted, quantities scaled);
* some documents converted to traditional script (OpenCC s2t through
  `opencc-python-reimplemented` when it is importable, else a small built-in
  character table);
* some saved as GB18030 instead of UTF-8;
* some wrapped in HTML (with navigation and footer boilerplate) as .html.

Output: OUT/NNN/DDDDDD_<base>.{txt,html} in folders of 1000 files, plus
OUT/MANIFEST.json (counts, bytes, the options). Deterministic for a given
--seed, --scale and converter (the manifest records which converter ran).

    python3 scripts/bench/make_corpus.py --scale 1 --out bench-data/corpus-s1

Scale 1 is at least 200 MB (200e6 bytes); --scale 0.1 is 20 MB.
"""

import argparse
import json
import os
import random
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BYTES_PER_SCALE = 200_000_000
FILES_PER_DIR = 1000

# Fallback simplified -> traditional table (the characters of the bundled
# corpus that differ most often); used only when opencc is not importable.
FALLBACK_S2T = dict(
    zip(
        "发展区域规划实施国际经济产业业务数据资讯设计项联动长沪苏浙皖东台湾门广开关"
        "务体制质量环护术组织协调统筹进农现代产为与会团万亿员级号线铁桥轨连书"
        "这说达设备节转换变电车汽马湖宁苏锡常扬镇泰盐淮连宿徐绍兴温丽衢华阳县乡镇"
        "创新动态层农业资源税费贸易运输航运输码头仓储园区试验验证监测检测标准"
        "优势绿态环境污染治理调查统计报告领导负责责任单位协议签订约条款战略",
        "發展區域規劃實施國際經濟產業業務數據資訊設計項聯動長滬蘇浙皖東臺灣門廣開關"
        "務體制質量環護術組織協調統籌進農現代產為與會團萬億員級號線鐵橋軌連書"
        "這說達設備節轉換變電車汽馬湖寧蘇錫常揚鎮泰鹽淮連宿徐紹興溫麗衢華陽縣鄉鎮"
        "創新動態層農業資源稅費貿易運輸航運輸碼頭倉儲園區試驗驗證監測檢測標準"
        "優勢綠態環境污染治理調查統計報告領導負責責任單位協議簽訂約條款戰略",
    )
)


def make_converter():
    """Returns (name, convert(str) -> str) for simplified -> traditional."""
    try:
        from opencc import OpenCC  # opencc-python-reimplemented

        cc = OpenCC("s2t")
        return "opencc-python-reimplemented s2t", cc.convert
    except Exception:  # noqa: BLE001 - any import problem means fallback
        table = str.maketrans(FALLBACK_S2T)
        return "built-in character table", lambda s: s.translate(table)


def load_places():
    """Place forms by level: {subtype: [(name, [aliases])]} from places.tsv,
    provinces, cities and counties only, in file order."""
    by_level = {"province": [], "city": [], "county": []}
    with open(ROOT / "dictionaries" / "places.tsv", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("id\t"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 5 or cols[1] != "PLACE" or cols[2] not in by_level:
                continue
            aliases = [a for a in cols[4].split("|") if len(a) >= 2]
            if len(cols[3]) >= 2:
                by_level[cols[2]].append((cols[3], aliases))
    return by_level


class Base:
    """One bundled document, split into lines, in both scripts."""

    def __init__(self, path, convert, places):
        self.stem = path.stem.split("_")[0]
        text = path.read_text(encoding="utf-8")
        self.lines = text.split("\n")
        self.trad_lines = [convert(l) for l in self.lines]
        self.head = min(3, len(self.lines))
        # Place forms this document mentions: (form, level, is_alias), longest
        # first so that 嘉兴市 is replaced before 嘉兴.
        found = []
        for level, entries in places.items():
            for name, aliases in entries:
                for form, is_alias in [(name, False)] + [(a, True) for a in aliases]:
                    if form in text:
                        found.append((form, level, is_alias))
        found.sort(key=lambda t: (-len(t[0]), t[0]))
        self.forms = found
        self.trad_form = {f: convert(f) for f, _, _ in found}


NUM_RE = re.compile(r"\d+(?:\.\d+)?")


def perturb_numbers(text, rng):
    def sub(m):
        s = m.group(0)
        if rng.random() < 0.5:
            return s
        if "." in s:
            whole, frac = s.split(".")
            v = float(s) * rng.uniform(0.5, 2.0)
            return f"{v:.{len(frac)}f}"
        v = int(s)
        if len(s) == 4 and 1990 <= v <= 2060:  # a year
            return str(v + rng.randint(-3, 5))
        if len(s) > 1 and s.startswith("0"):
            return s
        return str(max(1, int(v * rng.uniform(0.5, 2.0))))

    return NUM_RE.sub(sub, text)


def rename_map(base, places, rng, trad):
    """Replacements for a few of the places the document mentions."""
    if not base.forms:
        return {}
    k = min(len(base.forms), rng.randint(2, 8))
    chosen = rng.sample(base.forms, k)
    out = {}
    for form, level, is_alias in chosen:
        name, aliases = rng.choice(places[level])
        new = rng.choice(aliases) if is_alias and aliases else name
        if trad:
            out[base.trad_form[form]] = CONVERT(new)
        else:
            out[form] = new
    return out


def apply_renames(text, mapping):
    if not mapping:
        return text
    keys = sorted(mapping, key=lambda s: (-len(s), s))
    rx = re.compile("|".join(re.escape(k) for k in keys))
    return rx.sub(lambda m: mapping[m.group(0)], text)


def shuffle_lines(lines, head, rng):
    body = [l for l in lines[head:] if rng.random() >= 0.05]  # drop a few
    for _ in range(len(body) // 3):
        i, j = rng.randrange(len(body)), rng.randrange(len(body))
        body[i], body[j] = body[j], body[i]
    return lines[:head] + body


def html_wrap(text, rng, charset):
    lines = text.split("\n")
    title = lines[0] if lines else ""
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = "\n".join(f"<p>{esc(l)}</p>" for l in lines if l.strip())
    nav = "".join(
        f'<li><a href="/c/{i}.html">{n}</a></li>'
        for i, n in enumerate(["首页", "政务公开", "政策文件", "新闻中心", "互动交流"])
    )
    views = rng.randint(100, 99999)
    return (
        f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="{charset}">'
        f"<title>{esc(title)}</title>"
        "<style>body{font-family:sans-serif}.nav li{display:inline}</style>"
        "<script>var _hmt=_hmt||[];</script></head>\n<body>\n"
        f'<div class="nav"><ul>{nav}</ul></div>\n'
        f'<div class="article"><h1>{esc(title)}</h1>\n{body}\n</div>\n'
        f'<div class="footer">浏览次数：{views} 主办单位：人民政府办公室 '
        "网站标识码3300000000 版权所有 联系我们</div>\n</body></html>\n"
    )


CONVERT = None


def main():
    global CONVERT
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scale", type=float, default=1.0, help="1 = 200 MB (default 1)")
    ap.add_argument("--out", type=Path, default=None, help="default bench-data/corpus-s<scale>")
    ap.add_argument("--seed", type=int, default=8, help="random seed (default 8)")
    ap.add_argument("--source", type=Path, default=ROOT / "corpus" / "yrd")
    ap.add_argument("--p-trad", type=float, default=0.15, help="share in traditional script")
    ap.add_argument("--p-gb18030", type=float, default=0.15, help="share saved as GB18030")
    ap.add_argument("--p-html", type=float, default=0.15, help="share wrapped in HTML")
    args = ap.parse_args()
    out = args.out or ROOT / "bench-data" / f"corpus-s{args.scale:g}"
    target = int(BYTES_PER_SCALE * args.scale)

    conv_name, CONVERT = make_converter()
    places = load_places()
    bases = [Base(p, CONVERT, places) for p in sorted(args.source.glob("*.txt"))]
    if not bases:
        sys.exit(f"no .txt documents in {args.source}")
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)

    rng = random.Random(args.seed)
    total = 0
    n = 0
    kinds = {"txt-utf8": 0, "txt-gb18030": 0, "html-utf8": 0, "html-gb18030": 0, "trad": 0}
    while total < target:
        base = bases[n % len(bases)]
        trad = rng.random() < args.p_trad
        gb = rng.random() < args.p_gb18030
        html = rng.random() < args.p_html
        lines = shuffle_lines(base.trad_lines if trad else base.lines, base.head, rng)
        text = "\n".join(lines)
        text = apply_renames(text, rename_map(base, places, rng, trad))
        text = perturb_numbers(text, rng)
        charset = "gb18030" if gb else "utf-8"
        if html:
            text = html_wrap(text, rng, charset)
        data = text.encode(charset)
        sub = out / f"{n // FILES_PER_DIR:03d}"
        if n % FILES_PER_DIR == 0:
            sub.mkdir()
        ext = "html" if html else "txt"
        (sub / f"{n:06d}_{base.stem}.{ext}").write_bytes(data)
        kinds[f"{ext}-{charset.replace('-', '')}"] += 1
        kinds["trad"] += trad
        total += len(data)
        n += 1
    manifest = {
        "documents": n,
        "bytes": total,
        "scale": args.scale,
        "seed": args.seed,
        "converter": conv_name,
        "kinds": kinds,
        "source": str(args.source),
    }
    (out / "MANIFEST.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n")
    print(f"{out}: {n} documents, {total / 1e6:.1f} MB ({conv_name}) {kinds}")


if __name__ == "__main__":
    main()
