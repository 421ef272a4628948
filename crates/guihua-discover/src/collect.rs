//! The candidate sources, noise control and ranking.

use crate::{
    list_words, score, source, CandidateEntry, DiscoverOptions, GENERIC_MODIFIERS,
    STATUS_CANDIDATE, STOP_PHRASES,
};
use guihua_dict::{EntryIdx, Hit};
use guihua_model::EntityType;
use guihua_tag::names::{balanced_quotes, surface_norm, TitleMarks};
use guihua_tag::{recognisers, DocContext, Lists, Resources, Scan};
use guihua_text::{NormText, Normaliser};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::ops::Range;

/// What the sources said about one (type, name).
#[derive(Debug, Default)]
struct Agg {
    sources: BTreeSet<&'static str>,
    /// Where a source proposed it: (document, start, end) in the
    /// normalised text. The count is the number of distinct places.
    spans: BTreeSet<(usize, usize, usize)>,
    /// Documents a source proposed it in.
    docs: BTreeSet<usize>,
    /// Votes for a parent id.
    parents: BTreeMap<String, usize>,
    aliases: BTreeSet<String>,
}

impl Agg {
    fn count(&self) -> usize {
        self.spans.len()
    }
}

type Key = (EntityType, String);

/// Everything the sources share.
struct Ctx<'a> {
    res: &'a Resources,
    opts: &'a DiscoverOptions,
    modifiers: HashSet<&'a str>,
    agg: HashMap<Key, Agg>,
}

impl Ctx<'_> {
    fn add(
        &mut self,
        etype: EntityType,
        name: String,
        src: &'static str,
        doc: usize,
        span: Range<usize>,
        parent: Option<String>,
    ) {
        let a = self.agg.entry((etype, name)).or_default();
        a.sources.insert(src);
        a.docs.insert(doc);
        if let Some(p) = parent {
            *a.parents.entry(p).or_default() += 1;
        }
        a.spans.insert((doc, span.start, span.end));
    }
}

/// Characters a name may hold (as the tagger's recognisers say).
fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '“' | '”' | '·' | '-' | '—')
}

fn has_type(res: &Resources, entries: &[EntryIdx], t: EntityType) -> bool {
    entries
        .iter()
        .any(|&i| res.dict.entry(i).etype == t && !res.dict.entry(i).is_abbr())
}

/// Whether some dictionary entry has `form` as its name or an alias.
fn known(res: &Resources, form: &str) -> bool {
    !res.matcher.lookup(form).is_empty()
}

/// Whether `form` is a (non-abbreviation) dictionary place form.
fn known_place(res: &Resources, form: &str) -> bool {
    has_type(res, res.matcher.lookup(form), EntityType::Place)
}

/// Whether the agency candidate at `span` is composed from a dictionary
/// department or body (湖州市经信局, 市政府, 中共嘉兴市委): the tagger
/// already recognises those, they are no new entries.
fn composed_agency(scan: &Scan, span: &Range<usize>) -> bool {
    let res = scan.res;
    let text = scan.text();
    let mut end = span.end;
    while let Some(h) = scan.hit_ending_at(end) {
        if h.start < span.start || h.start == end || !has_type(res, h.entries, EntityType::Agency) {
            break;
        }
        end = h.start;
    }
    if end == span.end {
        return false;
    }
    let mut start = span.start;
    if text[start..end].starts_with("中共") {
        start += "中共".len();
    }
    let rest = &text[start..end];
    if rest.is_empty()
        || Lists::contains(&res.lists.jurisdiction_prefixes, rest)
        || matches!(rest, "市委" | "省委" | "县委" | "区委")
    {
        return true;
    }
    // The rest is places only (浙江省嘉兴市).
    let mut pos = start;
    for h in scan.hits_in(&(start..end)) {
        if h.start == pos && has_type(res, h.entries, EntityType::Place) {
            pos = h.end;
        }
    }
    pos == end
}

/// Source 1: spans of the `project` and `agency` recognisers that no
/// dictionary entry resolves.
fn patterns(cx: &mut Ctx, scan: &Scan, dc: &DocContext, doc: usize) {
    let mut cands = Vec::new();
    for name in ["project", "agency"] {
        if let Some(r) = recognisers::by_name(name) {
            r.recognise(scan, dc, &mut cands);
        }
    }
    for c in cands {
        if c.entry.is_some() || known(cx.res, &c.norm) {
            continue;
        }
        if c.etype == EntityType::Agency && composed_agency(scan, &c.span) {
            continue;
        }
        let src = match c.etype {
            EntityType::Agency => source::AGENCY,
            _ => source::PROJECT,
        };
        cx.add(c.etype, c.norm, src, doc, c.span, None);
    }
}

/// The clause around `span`: 、-lists stay whole, other punctuation ends it.
fn clause(text: &str, span: &Range<usize>) -> Range<usize> {
    let is_break = |c: char| {
        matches!(
            c,
            ',' | '，'
                | ';'
                | '；'
                | '。'
                | ':'
                | '：'
                | '!'
                | '?'
                | '('
                | ')'
                | '（'
                | '）'
                | '\n'
        )
    };
    let start = text[..span.start]
        .char_indices()
        .rev()
        .find(|&(_, c)| is_break(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = text[span.end..]
        .char_indices()
        .find(|&(_, c)| is_break(c))
        .map_or(text.len(), |(i, _)| span.end + i);
    start..end
}

/// The parent the dictionary industries listed beside `span` share most
/// (ties: the nearest member's).
fn sibling_parent(scan: &Scan, span: &Range<usize>) -> Option<String> {
    let res = scan.res;
    let mut votes: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for h in scan.hits_in(&clause(scan.text(), span)) {
        if h.start < span.end && h.end > span.start {
            continue;
        }
        let dist = if h.end <= span.start {
            span.start - h.end
        } else {
            h.start - span.end
        };
        let parents: BTreeSet<&str> = h
            .entries
            .iter()
            .map(|&i| res.dict.entry(i))
            .filter(|e| e.etype == EntityType::Industry)
            .filter_map(|e| e.parent.as_deref())
            .collect();
        for p in parents {
            let v = votes.entry(p.to_string()).or_insert((0, usize::MAX));
            v.0 += 1;
            v.1 = v.1.min(dist);
        }
    }
    votes
        .into_iter()
        .max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(b.1 .1.cmp(&a.1 .1)))
        .map(|(p, _)| p)
}

/// Whether `span` is made of dictionary places only (沪苏湖, 嘉湖).
fn places_only(scan: &Scan, span: &Range<usize>) -> bool {
    let mut pos = span.start;
    for h in scan.hits_in(span) {
        let place = h
            .entries
            .iter()
            .any(|&i| scan.res.dict.entry(i).etype == EntityType::Place);
        if h.start == pos && place {
            pos = h.end;
        }
    }
    pos == span.end
}

/// Source 3: members of industry enumerations (the `industry` recogniser)
/// that the taxonomy does not hold.
fn enumerations(cx: &mut Ctx, scan: &Scan, dc: &DocContext, doc: usize) {
    let mut cands = Vec::new();
    if let Some(r) = recognisers::by_name("industry") {
        r.recognise(scan, dc, &mut cands);
    }
    for c in cands {
        if c.entry.is_some() || known(cx.res, &c.norm) || places_only(scan, &c.span) {
            continue;
        }
        let parent = sibling_parent(scan, &c.span);
        cx.add(c.etype, c.norm, source::INDUSTRY, doc, c.span, parent);
    }
}

/// Whether a dictionary hit covers `r` or crosses one of its ends.
fn clashes_with_hit(hits: &[Hit], r: &Range<usize>) -> bool {
    let i = hits.partition_point(|h| h.end <= r.start);
    hits[i..]
        .iter()
        .take_while(|h| h.start < r.end)
        .any(|h| h.start < r.start || h.end > r.end || (h.start == r.start && h.end == r.end))
}

/// The nearest dictionary place before byte `b` in `sent`, resolved from
/// context.
fn place_before(scan: &Scan, dc: &DocContext, sent: &Range<usize>, b: usize) -> Option<String> {
    let res = scan.res;
    let i = scan.hits.partition_point(|h| h.end <= b);
    scan.hits[..i]
        .iter()
        .rev()
        .take_while(|h| h.start >= sent.start)
        .find(|h| has_type(res, h.entries, EntityType::Place))
        .and_then(|h| {
            let places: Vec<EntryIdx> = h
                .entries
                .iter()
                .copied()
                .filter(|&e| !res.dict.entry(e).is_abbr())
                .collect();
            dc.choose_place(&res.dict, &places, &[])
        })
        .map(|(e, _)| res.dict.entry(e).id.clone())
}

/// Source 2: jieba tokens tagged `ns` (PLACE) or `nt` (AGENCY) that are no
/// dictionary form and do not cut through a dictionary hit.
fn jieba_tokens(cx: &mut Ctx, scan: &Scan, dc: &DocContext, doc: usize) {
    let norm = scan.norm;
    let text = scan.text();
    for sent in &norm.sentences {
        if norm.is_boilerplate(sent.range.start) {
            continue;
        }
        let mut pos = sent.range.start;
        for t in cx.res.jieba.tag(&text[sent.range.clone()], true) {
            let r = pos..pos + t.word.len();
            pos = r.end;
            let (etype, src) = match t.tag {
                "ns" => (EntityType::Place, source::JIEBA_NS),
                "nt" => (EntityType::Agency, source::JIEBA_NT),
                _ => continue,
            };
            let w = t.word;
            // Two-character ns words are mostly ordinary words to jieba
            // (城市, 美丽); keep those that end like a place.
            let short_ok = etype == EntityType::Agency
                || w.chars().count() >= 3
                || w.ends_with(|c| "湖山岛江河港湾溪塘荡浦泾村镇".contains(c));
            if !short_ok
                || w.chars().count() < 2
                || !w.chars().all(char::is_alphanumeric)
                || known(cx.res, w)
                || clashes_with_hit(&scan.hits, &r)
            {
                continue;
            }
            let parent = if etype == EntityType::Place {
                place_before(scan, dc, &sent.range, r.start)
            } else {
                None
            };
            cx.add(etype, w.to_string(), src, doc, r, parent);
        }
    }
}

/// Whether the name part of a suffix n-gram makes no name: a quantity
/// (一批, 两个), a determiner (各, 该) or generic modifiers only (重点,
/// 国家级, 省级特色).
fn generic_name(name: &str, modifiers: &HashSet<&str>) -> bool {
    let name = name.trim_matches(|c| matches!(c, '“' | '”'));
    let chars: Vec<char> = name.chars().collect();
    let numeral = |c: char| "一二三四五六七八九十百千两几数多0123456789".contains(c);
    match chars.as_slice() {
        [] => return true,
        [c, ..] if "各每该本此这那其全等和与及".contains(*c) => return true,
        [a, b, ..] if numeral(*a) && "个批大项类条座家所套张支".contains(*b) => {
            return true
        }
        _ => {}
    }
    if chars.iter().all(|&c| numeral(c)) {
        return true;
    }
    // Can the name be split into modifiers only?
    let bounds: Vec<usize> = name
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(name.len()))
        .collect();
    let mut ok = vec![false; bounds.len()];
    ok[0] = true;
    for j in 1..bounds.len() {
        ok[j] = (0..j).any(|i| ok[i] && modifiers.contains(&name[bounds[i]..bounds[j]]));
    }
    ok[bounds.len() - 1]
}

/// Whether the head at byte `b` is the end of a place name (桥 in 花桥).
fn head_inside_place(scan: &Scan, b: usize) -> bool {
    let i = scan.hits.partition_point(|h| h.end <= b);
    scan.hits
        .get(i)
        .is_some_and(|h| h.start < b && has_type(scan.res, h.entries, EntityType::Place))
}

/// Source 4: strings of `min_ngram_chars..=max_ngram_chars` characters
/// ending in a project or agency head, starting on a jieba token boundary,
/// never extending left over punctuation or a stop word.
fn suffix_ngrams(cx: &mut Ctx, scan: &Scan, doc: usize) {
    let norm = scan.norm;
    let text = scan.text();
    let res = cx.res;
    let stop = &res.lists.name_stop_words;
    let (min, max) = (cx.opts.min_ngram_chars, cx.opts.max_ngram_chars);
    let titles = TitleMarks::new(text);
    for (heads, etype) in [
        (&res.project_heads, EntityType::Project),
        (&res.agency_heads, EntityType::Agency),
    ] {
        for m in heads.find_iter(text) {
            let (hs, he) = (m.start(), m.end());
            if norm.is_boilerplate(hs) || titles.inside(hs) || head_inside_place(scan, hs) {
                continue;
            }
            let Some(si) = norm.sentence_at(hs.saturating_sub(1)) else {
                continue;
            };
            if norm.sentences[si].range.end < he {
                continue;
            }
            let toks = scan.tokens(si);
            // The head ends a word: 港 in 港航, 中心 in 中心花园 do not.
            if !toks.iter().any(|t| t.end == he) {
                continue;
            }
            let mut starts = Vec::new();
            let mut i = toks.partition_point(|t| t.end <= hs);
            let mut left = hs;
            if i < toks.len() && toks[i].start < hs {
                left = toks[i].start;
                if text[left..hs].chars().all(is_name_char) {
                    starts.push(left);
                } else {
                    continue;
                }
            }
            while i > 0 {
                let t = &toks[i - 1];
                if t.end > left {
                    i -= 1;
                    continue;
                }
                let w = &text[t.clone()];
                let ends_with_verb = stop.iter().any(|v| {
                    v.chars().count() >= 2 && w.len() > v.len() && w.ends_with(v.as_str())
                });
                if !w.chars().all(is_name_char) || Lists::contains(stop, w) || ends_with_verb {
                    break;
                }
                left = t.start;
                if text[left..he].chars().count() > max {
                    break;
                }
                starts.push(left);
                i -= 1;
            }
            for st in starts {
                let s = &text[st..he];
                let n = s.chars().count();
                if n < min || n > max || !balanced_quotes(s) {
                    continue;
                }
                // A kind of thing, no name: modifiers only (重点实验室) or an
                // industry plus a head (服务业集聚区, 人工智能平台).
                let name_part = &text[st..hs];
                if generic_name(name_part, &cx.modifiers)
                    || has_type(res, res.matcher.lookup(name_part), EntityType::Industry)
                {
                    continue;
                }
                cx.add(etype, surface_norm(s), source::SUFFIX, doc, st..he, None);
            }
        }
    }
}

/// Adds the places where a candidate's name stands as a whole word (on jieba
/// token boundaries, outside boilerplate) although no source proposed it
/// there: an industry listed once and named alone elsewhere counts both.
fn whole_word_occurrences(agg: &mut HashMap<Key, Agg>, norms: &[NormText], res: &Resources) {
    let mut names: Vec<String> = agg.keys().map(|(_, n)| n.clone()).collect();
    names.sort_unstable();
    names.dedup();
    if names.is_empty() {
        return;
    }
    let ac = aho_corasick::AhoCorasick::new(&names).expect("candidate automaton builds");
    let mut found: Vec<Vec<(usize, usize, usize)>> = vec![Vec::new(); names.len()];
    for (d, norm) in norms.iter().enumerate() {
        let scan = Scan::new(norm, res);
        for m in ac.find_overlapping_iter(&norm.text) {
            let r = m.start()..m.end();
            if !norm.is_boilerplate(r.start) && scan.on_token_boundaries(&r) {
                found[m.pattern().as_usize()].push((d, r.start, r.end));
            }
        }
    }
    for ((_, name), a) in agg.iter_mut() {
        let i = names.binary_search(name).expect("name indexed");
        for &(d, s, e) in &found[i] {
            a.spans.insert((d, s, e));
            a.docs.insert(d);
        }
    }
}

/// Folds `from` into `into`.
fn absorb(into: &mut Agg, from: Agg) {
    into.sources.extend(from.sources);
    into.docs.extend(from.docs);
    for (p, n) in from.parents {
        *into.parents.entry(p).or_default() += n;
    }
    into.aliases.extend(from.aliases);
}

/// A name written with a dictionary place before it (嘉兴湾北新区) becomes an
/// alias of the candidate without it (湾北新区).
fn fold_place_prefixed(res: &Resources, agg: &mut HashMap<Key, Agg>) {
    let mut folds: Vec<(Key, Key)> = Vec::new();
    for (etype, name) in agg.keys() {
        if !matches!(etype, EntityType::Project | EntityType::Agency) {
            continue;
        }
        for (i, _) in name.char_indices().skip(2) {
            let (prefix, rest) = name.split_at(i);
            // Only when the short form is also written alone: otherwise
            // the long form is the name (merge_substrings drops the short).
            let alone = agg
                .get(&(*etype, rest.to_string()))
                .is_some_and(|b| b.count() > agg[&(*etype, name.clone())].count());
            if rest.chars().count() >= 3 && known_place(res, prefix) && alone {
                folds.push(((*etype, name.clone()), (*etype, rest.to_string())));
                break;
            }
        }
    }
    // Longest first, so chains (浙江嘉兴湾北新区 → 嘉兴湾北新区 → 湾北新区) end
    // at the shortest.
    folds.sort_by(|a, b| b.0 .1.len().cmp(&a.0 .1.len()).then(a.cmp(b)));
    let mut moved: HashMap<Key, Key> = HashMap::new();
    for (from, mut to) in folds {
        while let Some(next) = moved.get(&to) {
            to = next.clone();
        }
        let Some(mut a) = agg.remove(&from) else {
            continue;
        };
        let alias = from.1.clone();
        a.aliases.insert(alias);
        if let Some(b) = agg.get_mut(&to) {
            absorb(b, a);
        }
        moved.insert(from, to);
    }
}

/// A candidate that only ever occurs inside a longer one (same count) is
/// merged into it, whatever the types.
fn merge_substrings(agg: &mut HashMap<Key, Agg>) {
    let mut by_count: HashMap<usize, Vec<Key>> = HashMap::new();
    for (k, a) in agg.iter() {
        by_count.entry(a.count()).or_default().push(k.clone());
    }
    let mut merges: Vec<(Key, Key)> = Vec::new();
    for keys in by_count.values_mut() {
        keys.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.cmp(b)));
        for (i, short) in keys.iter().enumerate() {
            if let Some(long) = keys[..i]
                .iter()
                .find(|l| l.1.len() > short.1.len() && l.1.contains(short.1.as_str()))
            {
                merges.push((short.clone(), long.clone()));
            }
        }
    }
    // Shortest first, so that a merged-away target is followed to the end.
    merges.sort_by(|a, b| a.0 .1.len().cmp(&b.0 .1.len()).then(a.cmp(b)));
    let targets: HashMap<Key, Key> = merges.iter().cloned().collect();
    for (from, mut to) in merges {
        let mut guard = 0;
        while let Some(next) = targets.get(&to) {
            to = next.clone();
            guard += 1;
            if guard > 32 {
                break;
            }
        }
        if let Some(a) = agg.remove(&from) {
            if let Some(b) = agg.get_mut(&to) {
                b.sources.extend(a.sources);
            }
        }
    }
}

/// A context of `span` in `text`: 16 characters either side, the name in 【】.
fn context(text: &str, span: &Range<usize>) -> String {
    let left: String = {
        let mut v: Vec<char> = text[..span.start].chars().rev().take(16).collect();
        v.reverse();
        v.into_iter().collect()
    };
    let right: String = text[span.end..].chars().take(16).collect();
    let flat = |s: &str| -> String {
        s.chars()
            .map(|c| if c.is_whitespace() { ' ' } else { c })
            .collect()
    };
    format!(
        "…{}【{}】{}…",
        flat(&left),
        flat(&text[span.clone()]),
        flat(&right)
    )
}

/// Project subtypes by head, checked longest first.
const PROJECT_KINDS: &[(&str, &str)] = &[
    ("博览会", "event"),
    ("交易会", "event"),
    ("运动会", "event"),
    ("论坛", "event"),
    ("大会", "event"),
    ("峰会", "event"),
    ("展会", "event"),
    ("工程", "programme"),
    ("计划", "programme"),
    ("行动", "programme"),
    ("改革", "programme"),
    ("试点", "programme"),
    ("项目", "programme"),
    ("机场", "facility"),
    ("码头", "facility"),
    ("港区", "facility"),
    ("作业区", "facility"),
    ("枢纽", "facility"),
    ("站", "facility"),
    ("港", "facility"),
    ("实验室", "facility"),
    ("研究院", "facility"),
    ("中心", "facility"),
    ("基地", "facility"),
    ("电站", "facility"),
    ("开发区", "zone"),
    ("高新区", "zone"),
    ("新区", "zone"),
    ("示范区", "zone"),
    ("先行区", "zone"),
    ("试验区", "zone"),
    ("合作区", "zone"),
    ("协作区", "zone"),
    ("集聚区", "zone"),
    ("园区", "zone"),
    ("产业园", "zone"),
    ("创新园", "zone"),
    ("科技城", "zone"),
    ("科学城", "zone"),
    ("新城", "zone"),
    ("小镇", "zone"),
];

fn project_subtype(res: &Resources, name: &str) -> &'static str {
    if Lists::suffix_in(&res.lists.line_suffixes, name).is_some() {
        return "line";
    }
    PROJECT_KINDS
        .iter()
        .filter(|(h, _)| name.ends_with(h))
        .max_by_key(|(h, _)| h.len())
        .map_or("platform", |(_, k)| k)
}

fn place_subtype(name: &str) -> &'static str {
    let last = name.chars().next_back().unwrap_or(' ');
    if name.ends_with("街道") || matches!(last, '镇' | '乡') {
        "town"
    } else if matches!(last, '县' | '区' | '旗') {
        "county"
    } else if last == '市' {
        "city"
    } else if last == '省' {
        "province"
    } else if matches!(
        last,
        '湖' | '江' | '河' | '湾' | '海' | '溪' | '塘' | '荡' | '浦' | '泾'
    ) {
        "water"
    } else if matches!(last, '山' | '岛' | '岭' | '峰' | '洲') {
        "feature"
    } else {
        "region"
    }
}

fn agency_subtype(name: &str) -> &'static str {
    if ["长三角", "一体化", "区域", "合作", "协同", "联席"]
        .iter()
        .any(|w| name.contains(w))
    {
        "coordination"
    } else {
        "body"
    }
}

/// One level below the parent in the taxonomy.
fn industry_subtype(res: &Resources, parent: Option<&str>) -> &'static str {
    match parent
        .and_then(|p| res.dict.get(p))
        .map(|i| res.dict.entry(i).subtype.as_str())
    {
        Some("sector") => "field",
        Some(_) => "subfield",
        None => "field",
    }
}

fn entry_of(res: &Resources, norms: &[NormText], (etype, name): Key, a: Agg) -> CandidateEntry {
    let parent = a
        .parents
        .iter()
        .max_by(|x, y| x.1.cmp(y.1).then(y.0.cmp(x.0)))
        .map(|(p, _)| p.clone());
    let (subtype, proposed_id, attrs) = match etype {
        EntityType::Project => {
            let k = project_subtype(res, &name);
            (
                k,
                format!("project:{name}"),
                vec![("kind".into(), k.into())],
            )
        }
        EntityType::Agency => (agency_subtype(&name), format!("agency:{name}"), vec![]),
        EntityType::Industry => (
            industry_subtype(res, parent.as_deref()),
            format!("industry:{name}"),
            vec![],
        ),
        _ => {
            let k = place_subtype(&name);
            (k, format!("place:{k}:{name}"), vec![])
        }
    };
    // Contexts: two documents if possible, else two places of one.
    let spots: Vec<(usize, Range<usize>)> = a.spans.iter().map(|&(d, s, e)| (d, s..e)).collect();
    let mut picked: Vec<(usize, Range<usize>)> = Vec::new();
    if let Some(first) = spots.first() {
        picked.push(first.clone());
        if let Some(other) = spots
            .iter()
            .find(|(d, _)| *d != first.0)
            .or_else(|| spots.iter().find(|(d, s)| *d == first.0 && *s != first.1))
        {
            picked.push(other.clone());
        }
    }
    let contexts = picked
        .iter()
        .map(|(d, s)| context(&norms[*d].text, s))
        .collect();
    let sources: Vec<&str> = a.sources.iter().copied().collect();
    let (count, n_docs) = (a.count(), a.docs.len());
    CandidateEntry {
        proposed_id,
        etype,
        subtype: subtype.to_string(),
        aliases: a.aliases.into_iter().filter(|x| *x != name).collect(),
        name,
        parent,
        code: None,
        attrs,
        status: STATUS_CANDIDATE.to_string(),
        score: score(count, n_docs, &sources),
        count,
        n_docs,
        contexts,
        source: sources.join("+"),
    }
}

/// Proposes dictionary entries for what `docs` (document id, decoded
/// original text) name but the dictionaries of `res` do not hold.
///
/// Each document is normalised with `normaliser` and scanned with `res`, as
/// the pipeline does. Candidates are ranked best first (see
/// [`crate::score`]); ties by count, then type and name, so the result is
/// deterministic.
pub fn discover(
    docs: &[(String, String)],
    (normaliser, res): (&Normaliser, &Resources),
    opts: &DiscoverOptions,
) -> Vec<CandidateEntry> {
    let norms: Vec<NormText> = docs.iter().map(|(_, t)| normaliser.normalise(t)).collect();
    let mut cx = Ctx {
        res,
        opts,
        modifiers: list_words(GENERIC_MODIFIERS).collect(),
        agg: HashMap::new(),
    };
    for (d, norm) in norms.iter().enumerate() {
        let scan = Scan::new(norm, res);
        let dc = DocContext::detect(&scan);
        if opts.sources.patterns {
            patterns(&mut cx, &scan, &dc, d);
        }
        if opts.sources.enumerations {
            enumerations(&mut cx, &scan, &dc, d);
        }
        if opts.sources.jieba {
            jieba_tokens(&mut cx, &scan, &dc, d);
        }
        if opts.sources.suffix_ngrams {
            suffix_ngrams(&mut cx, &scan, d);
        }
    }
    let mut agg = cx.agg;
    // Noise control: names the dictionaries hold, stop lists, too short.
    let stop: HashSet<&str> = list_words(STOP_PHRASES)
        .chain(res.lists.project_generic.iter().map(String::as_str))
        .chain(opts.extra_stop.iter().map(String::as_str))
        .collect();
    let lists = &res.lists;
    agg.retain(|(etype, name), _| {
        name.chars().count() >= 2
            && !known(res, name)
            && !stop.contains(name.as_str())
            && !(*etype == EntityType::Industry
                && (Lists::contains(&lists.industry_stop, name)
                    || Lists::contains(&lists.industry_heads, name)
                    || Lists::contains(&lists.industry_enum_heads, name)))
    });
    whole_word_occurrences(&mut agg, &norms, res);
    fold_place_prefixed(res, &mut agg);
    agg.retain(|_, a| a.count() >= opts.min_count && a.docs.len() >= opts.min_docs);
    merge_substrings(&mut agg);
    let mut out: Vec<CandidateEntry> = agg
        .into_iter()
        .map(|(k, a)| entry_of(res, &norms, k, a))
        .collect();
    out.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(b.count.cmp(&a.count))
            .then(a.etype.cmp(&b.etype))
            .then(a.name.cmp(&b.name))
    });
    if let Some(n) = opts.top {
        out.truncate(n);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generic_names() {
        let m: HashSet<&str> = list_words(GENERIC_MODIFIERS).collect();
        assert!(generic_name("重点", &m));
        assert!(generic_name("省级特色", &m));
        assert!(generic_name("一批", &m));
        assert!(generic_name("各", &m));
        assert!(!generic_name("湾北", &m));
        assert!(!generic_name("G60科创", &m));
    }

    #[test]
    fn subtypes_by_head() {
        assert_eq!(place_subtype("南湖"), "water");
        assert_eq!(place_subtype("杭州湾北岸"), "region");
        assert_eq!(agency_subtype("长三角一体化发展领导小组"), "coordination");
    }
}
