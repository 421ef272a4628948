//! `agency`: departments, governments, party committees and leading groups.

use super::{entries_of, extend_name_left, is_clause_break, surface_norm, Recogniser};
use crate::candidate::Candidate;
use crate::context::DocContext;
use crate::scan::Scan;
use guihua_dict::EntryIdx;
use guihua_model::EntityType;
use std::ops::Range;

/// Finds agencies the dictionary cannot list whole:
/// - a department (`subtype=dept` entries: 经信局, 发展改革委) after a
///   jurisdiction: a place (湖州市经信局), a relative prefix (市经信局,
///   市委宣传部), or alone inside an enumeration or lead marker
///   (、交通运输局, 自然资源和规划局牵头);
/// - governments and committees (`subtype=body`: 人民政府, 政府, 委): after a
///   place (嘉兴市人民政府, 中共嘉兴市委) or a relative prefix (市委, 市政府);
/// - named bodies ending in a head of `agency_suffixes.txt` (领导小组,
///   管委会, 办公室) whose name holds a place or a relative prefix.
///
/// Relative names get `canonical` resolved against the document subject
/// (市经信局 in a Huzhou plan → 湖州市经济和信息化局).
#[derive(Debug, Clone, Copy, Default)]
pub struct AgencyRecogniser;

/// The subject ancestor at the level a relative prefix names.
fn jurisdiction(scan: &Scan, ctx: &DocContext, prefix: &str) -> Option<String> {
    let want = match prefix.chars().next()? {
        '市' => "city",
        '省' => "province",
        '县' | '区' => "county",
        _ => return None,
    };
    ctx.subject_chain
        .iter()
        .map(|&i| scan.res.dict.entry(i))
        .find(|e| e.subtype == want || (want == "province" && e.subtype == "province"))
        .or_else(|| {
            // Municipalities are province-level: 市 in a Shanghai plan is 上海市.
            let top = ctx.subject_chain.first().map(|&i| scan.res.dict.entry(i))?;
            (want == "city" && top.subtype == "province" && top.name.ends_with('市')).then_some(top)
        })
        .map(|e| e.name.clone())
}

/// An AGENCY candidate for `span`, its norm and id from the surface.
fn agency_candidate(text: &str, span: std::ops::Range<usize>, confidence: f32) -> Candidate {
    let mut c = Candidate::new(
        span.clone(),
        EntityType::Agency,
        surface_norm(&text[span]),
        "agency",
    );
    c.entity_id = Some(format!("agency:{}", c.norm));
    c.confidence = confidence;
    c
}

/// Where a jurisdiction (a place name or a relative prefix of
/// `jurisdiction_prefixes.txt`) starts after zero or more verbs from byte
/// `from`, before `limit`.
fn jurisdiction_after_verbs(scan: &Scan, from: usize, limit: usize) -> Option<usize> {
    let text = scan.text();
    let starts_jurisdiction = |at: usize| {
        scan.hit_starting_at(at)
            .is_some_and(|h| !entries_of(scan, h, EntityType::Place).is_empty())
            || scan
                .res
                .lists
                .jurisdiction_prefixes
                .iter()
                .any(|p| text[at..].starts_with(p.as_str()))
    };
    if starts_jurisdiction(from) {
        return Some(from);
    }
    let toks = scan.tokens(scan.norm.sentence_at(from)?);
    let mut at = from;
    for t in toks.iter().filter(|t| t.start >= from && t.end < limit) {
        if t.start != at || !scan.res.is_verb(&text[t.clone()], false) {
            return None;
        }
        at = t.end;
        if starts_jurisdiction(at) {
            return Some(at);
        }
    }
    None
}

/// A marker that lost its opening bracket may be glued to the end of the
/// task's last clause (`…科学装置建设科技牵头)`): its slot starts after the
/// clause's last verb, when one word follows it. Only for slots too long
/// to be one name: agency names themselves hold verbs (发展改革委).
fn glued_marker_slot_start(scan: &Scan, slot: Range<usize>) -> usize {
    let text = scan.text();
    let mut b = slot.end;
    while b > slot.start {
        let Some(w) = scan.word_ending_at(b) else {
            break;
        };
        if w.start < slot.start {
            break;
        }
        if scan.res.is_verb(&text[w.clone()], true) {
            // Only a one-word tail (科技) is trusted: a longer one may be
            // the clause's own words glued to a name (发展|带市|发展改革委),
            // and named departments are found by their pattern anyway.
            let one_word = scan.word_starting_at(w.end) == Some(w.end..slot.end);
            return if one_word { w.end } else { slot.start };
        }
        b = w.start;
    }
    slot.start
}

impl AgencyRecogniser {
    /// The slot of a lead marker at the end of a task item names agencies,
    /// whatever their words: in `(自然资源和规划局、市科技牵头)` or a marker
    /// that lost its opening bracket (`。科技牵头)`), each 、-separated name
    /// before the marker is an AGENCY unless it is a place (德清县牵头).
    /// Low confidence: a recognised agency on the same span wins.
    fn marker_slots(&self, scan: &Scan, out: &mut Vec<Candidate>) {
        let text = scan.text();
        for (word, _) in &scan.res.lists.lead_markers {
            for (at, _) in text.match_indices(word.as_str()) {
                let after = &text[at + word.len()..];
                if scan.norm.is_boilerplate(at) || !after.starts_with([')', '）', ',', '，']) {
                    continue;
                }
                // Back to the opening bracket, a clause or sentence break.
                let Some((open, c)) = text[..at].char_indices().rev().take(32).find(|&(_, c)| {
                    matches!(c, '(' | '（' | '。' | '；' | ';' | ',' | '，' | '\n')
                }) else {
                    continue;
                };
                // In running text (参与, 负责 …,) a marker needs its brackets.
                if !matches!(c, '(' | '（') && !after.starts_with([')', '）']) {
                    continue;
                }
                let mut from = open + c.len_utf8();
                if !matches!(c, '(' | '（') && text[from..at].chars().count() > 10 {
                    from = glued_marker_slot_start(scan, from..at);
                }
                for piece in text[from..at].split('、') {
                    let r = from..from + piece.len();
                    from = r.end + '、'.len_utf8();
                    let n = piece.chars().count();
                    if !(2..=10).contains(&n) || !piece.chars().all(|c| c > '\u{2e80}') {
                        continue;
                    }
                    let is_place = scan.hits_in(&r).iter().any(|h| {
                        h.start == r.start
                            && h.end == r.end
                            && !entries_of(scan, h, EntityType::Place).is_empty()
                    });
                    let starts_with_verb = scan
                        .word_starting_at(r.start)
                        .is_some_and(|t| scan.res.is_verb(&text[t], false));
                    if is_place || starts_with_verb || piece.starts_with('各') {
                        continue;
                    }
                    let mut c =
                        Candidate::new(r, EntityType::Agency, surface_norm(piece), "agency");
                    c.confidence = 0.5;
                    out.push(c);
                }
            }
        }
    }

    /// 中共嘉兴市委, 嘉兴市委: the place name takes the 市 of 市委, so the
    /// committee is a place ending in 市/省/县/区 followed by 委 (not 委员会).
    fn party_committees(&self, scan: &Scan, out: &mut Vec<Candidate>) {
        let text = scan.text();
        for h in &scan.hits {
            let name = &text[h.start..h.end];
            let after = &text[h.end..];
            if !name.ends_with(['市', '省', '县', '区'])
                || !after.starts_with('委')
                || after.starts_with("委员")
                || entries_of(scan, h, EntityType::Place).is_empty()
            {
                continue;
            }
            // 市委宣传部 is a department: `department` composes it.
            if scan
                .hit_starting_at(h.end + '委'.len_utf8())
                .is_some_and(|n| !entries_of(scan, n, EntityType::Agency).is_empty())
            {
                continue;
            }
            let start = if text[..h.start].ends_with("中共") {
                h.start - "中共".len()
            } else {
                h.start
            };
            let end = h.end + '委'.len_utf8();
            out.push(agency_candidate(text, start..end, 0.85));
        }
    }

    fn department(
        &self,
        scan: &Scan,
        ctx: &DocContext,
        hi: usize,
        e: EntryIdx,
        out: &mut Vec<Candidate>,
    ) {
        let text = scan.text();
        let hit = &scan.hits[hi];
        let entry = scan.res.dict.entry(e);
        let before = &text[..hit.start];
        let mut start = hit.start;
        let mut relative: Option<&str> = None;
        let mut place: Option<String> = None;
        let is_body = entry.subtype == "body";
        // 市委 + 宣传部: the party committee prefix of a department.
        for p in ["市委", "省委", "县委", "区委"] {
            if !is_body && before.ends_with(p) {
                start -= p.len();
                relative = Some(p);
                break;
            }
        }
        if relative.is_none() {
            if let Some(prev) = scan.hit_ending_at(hit.start) {
                let places = entries_of(scan, prev, EntityType::Place);
                if let Some(&pl) = places
                    .iter()
                    .find(|&&i| scan.res.dict.entry(i).subtype != "abbr")
                {
                    start = prev.start;
                    place = Some(scan.res.dict.entry(pl).name.clone());
                }
            }
        }
        if relative.is_none() && place.is_none() {
            if let Some(p) = scan
                .res
                .lists
                .jurisdiction_prefixes
                .iter()
                .find(|p| before.ends_with(p.as_str()))
            {
                start -= p.len();
                relative = Some(p.as_str());
            }
        }
        // 市委, 省政府: the body's own alias carries the relative prefix.
        let hit_text = &text[hit.start..hit.end];
        if is_body && relative.is_none() && place.is_none() && hit_text != entry.name {
            relative = scan
                .res
                .lists
                .jurisdiction_prefixes
                .iter()
                .find(|p| hit_text.starts_with(p.as_str()))
                .map(|p| p.as_str());
        }
        let mut end = hit.end;
        // A sub-unit right after (市委组织部人才办).
        if let Some(next) = scan.hit_starting_at(end) {
            if entries_of(scan, next, EntityType::Agency)
                .iter()
                .any(|&i| scan.res.dict.entry(i).subtype == "dept")
            {
                end = next.end;
            }
        }
        // 人大, 政协 name one body of the jurisdiction even alone; 政府 does not.
        if is_body && place.is_none() && relative.is_none() && entry.attr("standalone") != Some("1")
        {
            return;
        }
        if place.is_some() && is_body && text[..start].ends_with("中共") {
            start -= "中共".len();
        }
        let bare = place.is_none() && relative.is_none();
        if bare && !is_body {
            // A bare department only inside enumerations or lead markers.
            let prev = before.chars().next_back();
            let after = &text[end..];
            let listed = matches!(prev, Some('、' | '(' | '（' | ',' | '，'))
                && (after.starts_with('、')
                    || after.starts_with("牵头")
                    || after.starts_with("负责")
                    || after.starts_with(')')
                    || after.starts_with('）'));
            if !listed && !after.starts_with("牵头") {
                return;
            }
        }
        let surface = &text[start..end];
        let mut c = Candidate::new(
            start..end,
            EntityType::Agency,
            surface_norm(surface),
            "agency",
        );
        c.confidence = if bare { 0.6 } else { 0.85 };
        let full_dept = &text[hit.start..end].replacen(&text[hit.start..hit.end], &entry.name, 1);
        c.canonical = match (relative, place.as_deref()) {
            (Some(p), _) => jurisdiction(scan, ctx, p).map(|j| {
                if p.ends_with('委') {
                    format!("中共{j}委{full_dept}")
                } else if is_body && (entry.name == "委" || entry.name == "党委") {
                    format!("中共{j}委")
                } else if is_body {
                    format!("{j}{}", entry.name)
                } else {
                    format!("{j}{full_dept}")
                }
            }),
            _ => None,
        };
        c.entity_id = Some(format!(
            "agency:{}",
            c.canonical.as_deref().unwrap_or(&c.norm)
        ));
        out.push(c);
    }
}

impl Recogniser for AgencyRecogniser {
    fn name(&self) -> &'static str {
        "agency"
    }

    fn recognise(&self, scan: &Scan, ctx: &DocContext, out: &mut Vec<Candidate>) {
        let first = out.len();
        self.recognise_all(scan, ctx, out);
        // 县(市、区)人民政府: a name never starts inside a bracket.
        let text = scan.text();
        let mine = out.split_off(first);
        out.extend(mine.into_iter().filter(|c| {
            let s = &text[c.span.clone()];
            s.matches(['(', '（']).count() >= s.matches([')', '）']).count()
        }));
    }
}

impl AgencyRecogniser {
    fn recognise_all(&self, scan: &Scan, ctx: &DocContext, out: &mut Vec<Candidate>) {
        for (hi, hit) in scan.hits.iter().enumerate() {
            let dept = entries_of(scan, hit, EntityType::Agency)
                .into_iter()
                .find(|&i| matches!(scan.res.dict.entry(i).subtype.as_str(), "dept" | "body"));
            if let Some(e) = dept {
                self.department(scan, ctx, hi, e, out);
            }
        }
        self.marker_slots(scan, out);
        self.party_committees(scan, out);
        // Named bodies: 长三角一体化领导小组, 南太湖新区管委会.
        let text = scan.text();
        for m in scan.res.agency_heads.find_iter(text) {
            if scan.norm.is_boilerplate(m.start()) {
                continue;
            }
            let mut start = extend_name_left(scan, m.start(), 20);
            // A relative prefix right before a stop word at the clause start
            // belongs to the name (市推动长三角一体化发展工作领导小组).
            let head = &text[..start];
            let clause_start = head
                .char_indices()
                .rev()
                .find(|&(_, c)| is_clause_break(c) || c == '(' || c == '（')
                .map(|(i, c)| i + c.len_utf8())
                .unwrap_or(0);
            // A jurisdiction (a place or 市/省…) after the clause's leading
            // verbs starts the name, even before a stop word
            // (成立上海市推动…领导小组, 市推动长三角一体化发展工作领导小组).
            if let Some(jur) = jurisdiction_after_verbs(scan, clause_start, m.start()) {
                if jur < start
                    && text[jur..start].chars().count() <= 8
                    && !text[jur..start].contains(char::is_whitespace)
                {
                    start = jur;
                }
            }
            // 决定成立上海市…: leading verbs of the name itself.
            if let Some(jur) = jurisdiction_after_verbs(scan, start, m.start()) {
                start = jur;
            }
            if start >= m.start() {
                continue;
            }
            let name = &text[start..m.start()];
            let has_place = scan.hits_in(&(start..m.start())).iter().any(|h| {
                // A place, or a named development area (its 管委会).
                (!entries_of(scan, h, EntityType::Place).is_empty()
                    || !entries_of(scan, h, EntityType::Project).is_empty())
                    && h.end - h.start > 3
            });
            let relative = scan
                .res
                .lists
                .jurisdiction_prefixes
                .iter()
                .any(|p| name.starts_with(p.as_str()));
            if !(has_place || relative) {
                continue;
            }
            out.push(agency_candidate(text, start..m.end(), 0.75));
        }
    }
}
