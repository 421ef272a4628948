//! The self-contained HTML report: summary, cooperation network, document
//! index and one section per document. No external resources: CSS, JS and
//! SVG are inline.

use crate::graph::{self, CoopGraph};
use crate::highlight::{esc, esc_into, place, place_in, CharText, Ev};
use guihua_model::{DocResult, EntityType, Mention, Predicate, RelEnd, STATUS_OK};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write;

/// Rows per page of the document index.
const INDEX_PAGE: usize = 50;
/// Rows in each "top" table.
const TOP_N: usize = 15;

/// Background colour of a type (also the legend swatch).
pub(crate) fn type_colour(t: EntityType) -> &'static str {
    match t {
        EntityType::Place => "#7aecec",
        EntityType::Project => "#feca74",
        EntityType::Agency => "#c9b6ff",
        EntityType::Industry => "#b5e48c",
        EntityType::Target => "#ffa8b8",
    }
}

const CSS: &str = r#"
:root{--fg:#1d2329;--muted:#66707a;--line:#dde2e7;--bg:#fafbfc;--accent:#2b6cb0}
*{box-sizing:border-box}
body{margin:0;font:14px/1.55 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;color:var(--fg);background:var(--bg)}
header{position:sticky;top:0;z-index:2;background:#fff;border-bottom:1px solid var(--line);padding:8px 20px;display:flex;flex-wrap:wrap;gap:8px 24px;align-items:center}
header h1{font-size:18px;margin:0}
header nav a{margin-right:14px;color:var(--accent);text-decoration:none}
.legend label{margin-right:10px;white-space:nowrap;cursor:pointer}
.sw{display:inline-block;width:12px;height:12px;border-radius:3px;vertical-align:-1px;margin-right:3px}
main{max-width:1240px;margin:0 auto;padding:12px 20px 60px}
section{scroll-margin-top:64px;background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px 18px;margin:14px 0}
[hidden]{display:none!important}
h2{font-size:17px;margin:4px 0 10px}
h3{font-size:15px;margin:16px 0 6px}
table{border-collapse:collapse;font-size:13px}
th,td{border-bottom:1px solid var(--line);padding:3px 8px;text-align:left;vertical-align:top}
th{color:var(--muted);font-weight:600}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.bar{display:inline-block;height:10px;background:var(--accent);opacity:.6;border-radius:2px;vertical-align:middle}
.cards{display:flex;flex-wrap:wrap;gap:10px;margin-bottom:8px}
.card{border:1px solid var(--line);border-radius:6px;padding:6px 14px;min-width:120px}
.card b{display:block;font-size:20px}
.card span{color:var(--muted);font-size:12px}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:6px 24px}
.muted{color:var(--muted)}
.warn{background:#fff4e5;border:1px solid #f5c07a;border-radius:6px;padding:4px 10px}
#coop-graph{background:#fcfdfe;border:1px solid var(--line);border-radius:6px;max-height:680px}
#coop-graph .edge{stroke:#7c93ad;stroke-opacity:.55}
#coop-graph circle{fill:#2bb0b0;stroke:#fff;stroke-width:1.5}
#coop-graph text{font-size:12px;fill:#1d2329;paint-order:stroke;stroke:#fff;stroke-width:3px}
.doctext{white-space:pre-wrap;line-height:2.1;font-size:15px;border:1px solid var(--line);border-radius:6px;padding:10px 14px;max-height:75vh;overflow:auto;background:#fff}
.ent{border-radius:4px;padding:1px 2px;cursor:help}
.ent::after{content:attr(data-t);font-size:9px;font-weight:700;color:#445;margin-left:2px;vertical-align:1px;letter-spacing:.02em}
.no-labels .ent::after{content:none}
.doc-nav a{margin-right:12px;color:var(--accent)}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:0 14px;margin:0 0 8px;font-size:13px}
dl.meta dt{color:var(--muted)}dl.meta dd{margin:0}
td.ev{max-width:560px}
mark{border-radius:3px;padding:0 1px}
#doc-filter{width:340px;padding:5px 8px;font:inherit;border:1px solid var(--line);border-radius:5px}
.pager button{font:inherit;margin:0 4px}
"#;

const JS: &str = r#"
(function(){
  var docs=[].slice.call(document.querySelectorAll('section.doc'));
  var overview=[].slice.call(document.querySelectorAll('.overview'));
  function route(){
    var h=decodeURIComponent(location.hash.slice(1));
    var d=h.indexOf('doc-')===0?document.getElementById(h):null;
    docs.forEach(function(s){s.hidden=(s!==d);});
    overview.forEach(function(s){s.hidden=!!d;});
    if(d){window.scrollTo(0,0);setTimeout(function(){window.scrollTo(0,0);},0);}else if(h){var t=document.getElementById(h);if(t)t.scrollIntoView();}
  }
  window.addEventListener('hashchange',route);route();
  var rows=[].slice.call(document.querySelectorAll('#doc-index tbody tr'));
  var q=document.getElementById('doc-filter'),info=document.getElementById('doc-info');
  var page=0,per=PER_PAGE;
  function draw(){
    var s=q.value.trim().toLowerCase();
    var hits=rows.filter(function(r){return !s||r.getAttribute('data-search').indexOf(s)>=0;});
    var pages=Math.max(1,Math.ceil(hits.length/per));page=Math.max(0,Math.min(page,pages-1));
    rows.forEach(function(r){r.hidden=true;});
    hits.slice(page*per,(page+1)*per).forEach(function(r){r.hidden=false;});
    info.textContent=hits.length+' of '+rows.length+' document(s), page '+(page+1)+' of '+pages;
  }
  q.addEventListener('input',function(){page=0;draw();});
  document.getElementById('prev').addEventListener('click',function(){page--;draw();});
  document.getElementById('next').addEventListener('click',function(){page++;draw();});
  draw();
  [].forEach.call(document.querySelectorAll('input[data-type]'),function(c){
    c.addEventListener('change',function(){document.body.classList.toggle('off-'+c.getAttribute('data-type'),!c.checked);});
  });
  document.getElementById('labels').addEventListener('change',function(e){document.body.classList.toggle('no-labels',!e.target.checked);});
})();
"#;

/// Counts of a norm: mentions and distinct documents.
#[derive(Default)]
struct NormCount<'a> {
    mentions: usize,
    docs: BTreeSet<&'a str>,
}

fn bar(v: usize, max: usize) -> String {
    let w = if max == 0 { 0 } else { (v * 160).div_ceil(max) };
    format!(r#"<span class="bar" style="width:{w}px"></span>"#)
}

fn end_html(e: &RelEnd) -> String {
    let doc = if e.is_doc {
        " <span class=\"muted\">(DOC)</span>"
    } else {
        ""
    };
    format!(
        r#"<span class="sw" style="background:{}"></span>{}{doc} <span class="muted">{}</span>"#,
        type_colour(e.etype),
        esc(&e.norm),
        e.etype
    )
}

fn mention_title(m: &Mention) -> String {
    let mut t = format!(
        "{} {}\nnorm: {}\nentity_id: {}\nsource: {}\nconfidence: {:.2}",
        m.etype,
        m.text,
        m.norm,
        m.entity_id.as_deref().unwrap_or("-"),
        m.source,
        m.confidence
    );
    if let Some(c) = &m.canonical {
        let _ = write!(t, "\ncanonical: {c}");
    }
    if let Some(ta) = &m.target {
        let _ = write!(
            t,
            "\nindicator: {}\nvalue: {} {} {}\nyear: {}",
            ta.indicator,
            ta.comparator.as_str(),
            ta.value
                .as_deref()
                .unwrap_or(if ta.masked { "**" } else { "-" }),
            ta.unit.as_deref().unwrap_or(""),
            ta.year.map(|y| y.to_string()).unwrap_or_else(|| "-".into())
        );
    }
    t
}

/// The whole report for `docs`.
pub(crate) fn render(docs: &[DocResult], corpus_texts: &dyn Fn(&str) -> Option<String>) -> String {
    let mut o = String::with_capacity(1 << 20);
    o.push_str("<!doctype html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\">");
    o.push_str("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">");
    o.push_str("<title>guihua report</title><style>");
    o.push_str(CSS);
    for t in EntityType::ALL {
        let _ = write!(
            o,
            ".ent-{t}{{background:{c}}}.off-{t} .ent-{t}{{background:none;outline:1px dotted #bbb}}.off-{t} .ent-{t}::after{{content:none}}",
            c = type_colour(t)
        );
    }
    o.push_str("</style></head><body>\n<header><h1>guihua report</h1><nav>");
    o.push_str(r##"<a href="#summary">Summary</a><a href="#network">Cooperation network</a><a href="#documents">Documents</a></nav><div class="legend">"##);
    for t in EntityType::ALL {
        let _ = write!(
            o,
            r#"<label title="highlight {t}"><input type="checkbox" checked data-type="{t}"><span class="sw" style="background:{}"></span>{t}</label>"#,
            type_colour(t)
        );
    }
    o.push_str(
        r#"<label><input type="checkbox" id="labels" checked>labels</label></div></header>"#,
    );
    o.push_str("\n<main>\n");

    summary(&mut o, docs);
    network(&mut o, docs);
    index(&mut o, docs);
    for (i, d) in docs.iter().enumerate() {
        let text = corpus_texts(&d.doc.doc_id);
        document(&mut o, i, docs.len(), d, text.as_deref());
    }

    o.push_str("</main>\n<script>");
    o.push_str(&JS.replace("PER_PAGE", &INDEX_PAGE.to_string()));
    o.push_str("</script>\n</body></html>\n");
    o
}

fn summary(o: &mut String, docs: &[DocResult]) {
    let ok = docs.iter().filter(|d| d.doc.status == STATUS_OK).count();
    let chars: u64 = docs.iter().map(|d| d.doc.chars).sum();
    let n_m: usize = docs.iter().map(|d| d.mentions.len()).sum();
    let n_r: usize = docs.iter().map(|d| d.relations.len()).sum();
    o.push_str(r#"<section id="summary" class="overview"><h2>Run summary</h2><div class="cards">"#);
    for (v, l) in [
        (docs.len().to_string(), "documents"),
        (ok.to_string(), "ok"),
        ((docs.len() - ok).to_string(), "failed"),
        (chars.to_string(), "characters"),
        (n_m.to_string(), "mentions"),
        (n_r.to_string(), "relations"),
    ] {
        let _ = write!(o, "<div class=\"card\"><b>{v}</b><span>{l}</span></div>");
    }
    o.push_str("</div><div class=\"grid\">");

    // Mentions per type.
    let mut per_type: BTreeMap<EntityType, usize> =
        EntityType::ALL.iter().map(|&t| (t, 0)).collect();
    for d in docs {
        for m in &d.mentions {
            *per_type.entry(m.etype).or_default() += 1;
        }
    }
    let max = per_type.values().copied().max().unwrap_or(0);
    o.push_str("<div><h3>Mentions per type</h3><table id=\"mentions-per-type\"><tr><th>type</th><th>mentions</th><th></th></tr>");
    for t in EntityType::ALL {
        let v = per_type[&t];
        let _ = write!(
            o,
            r#"<tr><td><span class="sw" style="background:{}"></span>{t}</td><td class="n">{v}</td><td>{}</td></tr>"#,
            type_colour(t),
            bar(v, max)
        );
    }
    o.push_str("</table></div>");

    // Relations per predicate.
    let mut per_pred: BTreeMap<Predicate, usize> = Predicate::ALL.iter().map(|&p| (p, 0)).collect();
    for d in docs {
        for r in &d.relations {
            *per_pred.entry(r.predicate).or_default() += 1;
        }
    }
    let max = per_pred.values().copied().max().unwrap_or(0);
    o.push_str("<div><h3>Relations per predicate</h3><table id=\"relations-per-predicate\"><tr><th>predicate</th><th>relations</th><th></th></tr>");
    for p in Predicate::ALL {
        let v = per_pred[&p];
        let _ = write!(
            o,
            r#"<tr><td>{p}</td><td class="n">{v}</td><td>{}</td></tr>"#,
            bar(v, max)
        );
    }
    o.push_str("</table></div></div><div class=\"grid\">");

    // Top norms of three types.
    for (t, title) in [
        (EntityType::Place, "Top places"),
        (EntityType::Project, "Top projects"),
        (EntityType::Industry, "Top industries"),
    ] {
        let mut counts: HashMap<&str, NormCount> = HashMap::new();
        for d in docs {
            for m in d.mentions.iter().filter(|m| m.etype == t) {
                let c = counts.entry(m.norm.as_str()).or_default();
                c.mentions += 1;
                c.docs.insert(d.doc.doc_id.as_str());
            }
        }
        let mut v: Vec<_> = counts.into_iter().collect();
        v.sort_by(|a, b| b.1.mentions.cmp(&a.1.mentions).then(a.0.cmp(b.0)));
        let _ = write!(
            o,
            "<div><h3>{title}</h3><table class=\"top\" data-type=\"{t}\"><tr><th>{}</th><th>mentions</th><th>docs</th></tr>",
            t.as_str().to_lowercase()
        );
        for (norm, c) in v.iter().take(TOP_N) {
            let _ = write!(
                o,
                r#"<tr><td><span class="sw" style="background:{}"></span>{}</td><td class="n">{}</td><td class="n">{}</td></tr>"#,
                type_colour(t),
                esc(norm),
                c.mentions,
                c.docs.len()
            );
        }
        if v.is_empty() {
            o.push_str("<tr><td colspan=\"3\" class=\"muted\">none</td></tr>");
        }
        o.push_str("</table></div>");
    }
    o.push_str("</div>");

    // Targets by year.
    struct Year<'a> {
        n: usize,
        docs: BTreeSet<&'a str>,
        examples: Vec<String>,
    }
    let mut years: BTreeMap<Option<i32>, Year> = BTreeMap::new();
    for d in docs {
        for m in &d.mentions {
            let Some(ta) = &m.target else { continue };
            let y = years.entry(ta.year).or_insert_with(|| Year {
                n: 0,
                docs: BTreeSet::new(),
                examples: Vec::new(),
            });
            y.n += 1;
            y.docs.insert(d.doc.doc_id.as_str());
            if y.examples.len() < 4 && !y.examples.contains(&ta.indicator) {
                y.examples.push(ta.indicator.clone());
            }
        }
    }
    let max = years.values().map(|y| y.n).max().unwrap_or(0);
    o.push_str("<h3>Targets by year</h3><table id=\"targets-by-year\"><tr><th>year</th><th>targets</th><th>docs</th><th></th><th>indicators (examples)</th></tr>");
    for (y, v) in &years {
        let _ = write!(
            o,
            r#"<tr><td>{}</td><td class="n">{}</td><td class="n">{}</td><td>{}</td><td>{}</td></tr>"#,
            y.map(|y| y.to_string()).unwrap_or_else(|| "no year".into()),
            v.n,
            v.docs.len(),
            bar(v.n, max),
            esc(&v.examples.join("、"))
        );
    }
    if years.is_empty() {
        o.push_str("<tr><td colspan=\"5\" class=\"muted\">no targets</td></tr>");
    }
    o.push_str("</table>");

    let failed: Vec<_> = docs.iter().filter(|d| d.doc.status != STATUS_OK).collect();
    if !failed.is_empty() {
        o.push_str("<h3>Failed documents</h3><table><tr><th>document</th><th>status</th></tr>");
        for d in failed {
            let _ = write!(
                o,
                "<tr><td>{}</td><td>{}</td></tr>",
                esc(&d.doc.doc_id),
                esc(&d.doc.status)
            );
        }
        o.push_str("</table>");
    }
    o.push_str("</section>\n");
}

fn network(o: &mut String, docs: &[DocResult]) {
    let g = CoopGraph::from_docs(docs);
    let _ = write!(
        o,
        r#"<section id="network" class="overview"><h2>Cooperation network of places</h2><p class="muted">COOPERATES_WITH relations between places: {} place(s), {} pair(s){}. Edge width: number of relations; node size: cooperation relations of the place. Hover for counts.</p>"#,
        g.nodes.len(),
        g.edges.len(),
        if g.nodes.len() > graph::MAX_NODES {
            format!("; the {} most connected places are drawn", graph::MAX_NODES)
        } else {
            String::new()
        }
    );
    o.push_str(&graph::svg(&g));
    let mut pairs: Vec<_> = g.edges.iter().collect();
    pairs.sort_by(|a, b| b.2.cmp(&a.2).then(b.3.cmp(&a.3)));
    o.push_str("<h3>Strongest pairs</h3><table id=\"coop-pairs\"><tr><th>place</th><th>place</th><th>relations</th><th>docs</th></tr>");
    for &&(a, b, w, d) in pairs.iter().take(TOP_N) {
        let _ = write!(
            o,
            r#"<tr><td>{}</td><td>{}</td><td class="n">{w}</td><td class="n">{d}</td></tr>"#,
            esc(&g.nodes[a]),
            esc(&g.nodes[b])
        );
    }
    o.push_str("</table></section>\n");
}

fn index(o: &mut String, docs: &[DocResult]) {
    o.push_str(r#"<section id="documents" class="overview"><h2>Documents</h2><p><input id="doc-filter" type="search" placeholder="filter by file, subject or entity (e.g. 嘉兴市)"> <span class="pager"><button id="prev" type="button">‹ prev</button><button id="next" type="button">next ›</button></span> <span id="doc-info" class="muted"></span></p>"#);
    o.push_str("<table id=\"doc-index\"><thead><tr><th>#</th><th>document</th><th>subject</th><th>status</th><th>chars</th><th>mentions</th><th>relations</th></tr></thead><tbody>");
    for (i, d) in docs.iter().enumerate() {
        let norms: BTreeSet<&str> = d.mentions.iter().map(|m| m.norm.as_str()).collect();
        let mut search = format!(
            "{} {}",
            d.doc.doc_id,
            d.doc.subject.as_deref().unwrap_or("")
        );
        for n in norms {
            search.push(' ');
            search.push_str(n);
        }
        let _ = write!(
            o,
            r##"<tr data-search="{}"><td class="n">{}</td><td><a href="#doc-{i}">{}</a></td><td>{}</td><td>{}</td><td class="n">{}</td><td class="n">{}</td><td class="n">{}</td></tr>"##,
            esc(&search.to_lowercase()),
            i + 1,
            esc(&d.doc.doc_id),
            esc(d.doc.subject.as_deref().unwrap_or("-")),
            esc(&d.doc.status),
            d.doc.chars,
            d.mentions.len(),
            d.relations.len()
        );
    }
    o.push_str("</tbody></table></section>\n");
}

fn mentions_table(o: &mut String, d: &DocResult) {
    o.push_str("<table class=\"mentions\"><tr><th>id</th><th>type</th><th>start</th><th>end</th><th>text</th><th>norm</th><th>entity_id</th><th>source</th><th>conf.</th></tr>");
    for m in &d.mentions {
        let _ = write!(
            o,
            r#"<tr><td class="n">{}</td><td><span class="sw" style="background:{}"></span>{}</td><td class="n">{}</td><td class="n">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class="n">{:.2}</td></tr>"#,
            m.id,
            type_colour(m.etype),
            m.etype,
            m.start,
            m.end,
            esc(&m.text),
            esc(&m.norm),
            esc(m.entity_id.as_deref().unwrap_or("-")),
            esc(&m.source),
            m.confidence
        );
    }
    o.push_str("</table>");
}

fn document(o: &mut String, i: usize, n: usize, d: &DocResult, text: Option<&str>) {
    let r = &d.doc;
    let _ = write!(
        o,
        r#"<section class="doc" id="doc-{i}" data-doc="{}" data-mentions="{}" data-relations="{}"><div class="doc-nav">"#,
        esc(&r.doc_id),
        d.mentions.len(),
        d.relations.len()
    );
    o.push_str(r##"<a href="#documents">↑ index</a>"##);
    if i > 0 {
        let _ = write!(o, r##"<a href="#doc-{}">‹ previous</a>"##, i - 1);
    }
    if i + 1 < n {
        let _ = write!(o, r##"<a href="#doc-{}">next ›</a>"##, i + 1);
    }
    let _ = write!(o, "</div><h2>{}</h2><dl class=\"meta\">", esc(&r.doc_id));
    for (k, v) in [
        ("subject", r.subject.clone().unwrap_or_else(|| "-".into())),
        (
            "issuers",
            if r.issuers.is_empty() {
                "-".into()
            } else {
                r.issuers.join("、")
            },
        ),
        ("status", r.status.clone()),
        (
            "format",
            format!(
                "{} ({}, {}), text basis: {}",
                r.format, r.encoding, r.script, r.text_basis
            ),
        ),
        ("size", format!("{} chars, {} bytes", r.chars, r.bytes)),
        (
            "found",
            format!(
                "{} mentions, {} relations",
                d.mentions.len(),
                d.relations.len()
            ),
        ),
    ] {
        let _ = write!(o, "<dt>{k}</dt><dd>{}</dd>", esc(&v));
    }
    o.push_str("</dl>");

    let ct = text.map(CharText::new);
    match &ct {
        Some(ct) => {
            let p = place(ct, &d.mentions);
            if ct.len() as u64 != r.chars {
                let _ = write!(
                    o,
                    "<p class=\"warn\">The text has {} characters but the run saw {}: the file may have changed since the run; highlights may be off.</p>",
                    ct.len(),
                    r.chars
                );
            }
            if !p.skipped.is_empty() || !p.mismatched.is_empty() {
                let _ = write!(
                    o,
                    "<p class=\"warn\">{} mention(s) could not be highlighted (outside the text or crossing another mention); {} do not match the text at their offsets.</p>",
                    p.skipped.len(),
                    p.mismatched.len()
                );
            }
            o.push_str("<h3>Text</h3><div class=\"doctext\">");
            highlighted(o, ct, &d.mentions, &p.events, &r.doc_id);
            let _ = write!(
                o,
                "</div><details><summary>Mentions ({})</summary>",
                d.mentions.len()
            );
            mentions_table(o, d);
            o.push_str("</details>");
        }
        None => {
            let _ = write!(
                o,
                "<p class=\"muted\">The original text is not available; mentions ({}):</p>",
                d.mentions.len()
            );
            mentions_table(o, d);
        }
    }

    // Relations with their evidence sentences.
    let by_id: HashMap<u32, &Mention> = d.mentions.iter().map(|m| (m.id, m)).collect();
    let _ = write!(o, "<h3>Relations ({})</h3>", d.relations.len());
    if !d.relations.is_empty() {
        o.push_str("<table class=\"relations\"><tr><th>predicate</th><th>head</th><th>tail</th><th>rule</th><th>conf.</th><th>evidence</th></tr>");
        for rel in &d.relations {
            let _ = write!(
                o,
                r#"<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class="n">{:.2}</td><td class="ev">"#,
                rel.predicate,
                end_html(&rel.head),
                end_html(&rel.tail),
                esc(&rel.rule),
                rel.confidence
            );
            match &ct {
                Some(ct) => {
                    let ends: Vec<Mention> = [rel.head.mention, rel.tail.mention]
                        .into_iter()
                        .flatten()
                        .filter_map(|id| by_id.get(&id).map(|m| (*m).clone()))
                        .collect();
                    let p = place_in(ct, &ends, rel.evidence_start, rel.evidence_end);
                    for e in &p.events {
                        match *e {
                            Ev::Text(s, e) => esc_into(o, ct.slice(s, e)),
                            Ev::Open(k) => {
                                let _ = write!(
                                    o,
                                    r#"<mark style="background:{}">"#,
                                    type_colour(ends[k].etype)
                                );
                            }
                            Ev::Close(_) => o.push_str("</mark>"),
                        }
                    }
                }
                None => o.push_str("<span class=\"muted\">-</span>"),
            }
            o.push_str("</td></tr>");
        }
        o.push_str("</table>");
    }
    o.push_str("</section>\n");
}

fn highlighted(o: &mut String, ct: &CharText, mentions: &[Mention], events: &[Ev], doc_id: &str) {
    let doc_attr = esc(doc_id);
    for e in events {
        match *e {
            Ev::Text(s, e) => esc_into(o, ct.slice(s, e)),
            Ev::Open(i) => {
                let m = &mentions[i];
                let _ = write!(
                    o,
                    r#"<span class="ent ent-{t}" data-t="{t}" data-doc="{doc_attr}" data-id="{}" title="{}">"#,
                    m.id,
                    esc(&mention_title(m)),
                    t = m.etype,
                );
            }
            Ev::Close(_) => o.push_str("</span>"),
        }
    }
}
