//! `organisation`: names of organisations that v1 does not annotate.

use super::{extend_name_left, Recogniser};
use crate::candidate::Candidate;
use crate::context::DocContext;
use crate::scan::Scan;
use guihua_model::EntityType;

/// Claims the names of universities, alliances, exchanges, companies and
/// media (a name ending in a head of `organisation_suffixes.txt` that holds a
/// dictionary name: 长三角体育产业联盟, 上海技术交易所, 中国网) so that the
/// places inside them are not tagged: ANNOTATION.md leaves organisations and
/// the places in their names out of v1. The claim is never a mention.
#[derive(Debug, Clone, Copy, Default)]
pub struct OrganisationRecogniser;

impl Recogniser for OrganisationRecogniser {
    fn name(&self) -> &'static str {
        "organisation"
    }

    fn recognise(&self, scan: &Scan, _ctx: &DocContext, out: &mut Vec<Candidate>) {
        listed_organisations(scan, out);
        let text = scan.text();
        let heads = &scan.res.lists.organisation_suffixes;
        for h in heads {
            for (at, _) in text.match_indices(h.as_str()) {
                // The head must end a word: 联盟 not inside 联盟化.
                let end = at + h.len();
                // The head ends a word: 大学 in 大学生 does not.
                if !scan.word_ends_at(end) {
                    continue;
                }
                // “沪苏浙…发展联盟”: a quotation that the head closes is the
                // whole name, verbs and all.
                let quoted = quoted_name_start(text, at, end);
                let start = match quoted {
                    Some(open) => open,
                    None => {
                        let start = extend_name_left(scan, at, 20);
                        super::project::after_last_verb(scan, start, at)
                    }
                };
                // 电子科技大学长三角研究院(湖州): a bracketed place after the
                // head belongs to the name.
                let end = end + super::bracketed_place_after(scan, end);
                let name = &text[start..at];
                // A proper name, not a kind (上海一流大学, “双一流”大学,
                // **个城市旅行社协会).
                let generic = name.contains(['“', '*', '个']) || name.contains("一流");
                // 进出口贸易公司: a company named by an industry alone is a
                // kind of company, not one (an alliance so named is one:
                // 数字贸易城市联盟). The kinds are `organisation_list_heads.txt`.
                let company =
                    crate::lists::Lists::contains(&scan.res.lists.organisation_list_heads, h);
                let named = !company
                    || scan.hits_in(&(start..at)).iter().any(|h| {
                        h.entries
                            .iter()
                            .any(|&e| scan.res.dict.entry(e).etype != EntityType::Industry)
                    });
                if start >= at || generic || !named {
                    continue;
                }
                out.push(organisation_claim(start..end));
            }
        }
    }
}

/// Where the body of a quotation starts when the head ending at `end` closes
/// it (“…发展联盟”): the body of at most 24 characters, on one line.
fn quoted_name_start(text: &str, head: usize, end: usize) -> Option<usize> {
    if !text[end..].starts_with('”') {
        return None;
    }
    let open = text[..head].rfind(['“', '”', '\n'])?;
    let body = open + '“'.len_utf8();
    (text[open..].starts_with('“') && text[body..head].chars().count() <= 24).then_some(body)
}

/// Members of a 、-list closed by 等 + a head of `organisation_list_heads.txt`
/// (上海电气、上海汽车等企业集团) that open with a place and go on: companies,
/// claimed like the named organisations.
fn listed_organisations(scan: &Scan, out: &mut Vec<Candidate>) {
    let text = scan.text();
    let heads = &scan.res.lists.organisation_list_heads;
    for (deng, _) in text.match_indices('等') {
        let after = &text[deng + '等'.len_utf8()..];
        let says_organisations = after
            .char_indices()
            .take(5)
            .any(|(i, _)| crate::lists::Lists::prefix_in(heads, &after[i..]).is_some());
        if !says_organisations {
            continue;
        }
        // Members back to the clause start, by 、.
        let clause_start = text[..deng]
            .char_indices()
            .rev()
            .find(|&(_, c)| super::is_clause_break(c) && c != '、')
            .map_or(0, |(i, c)| i + c.len_utf8());
        let mut end = deng;
        for member in text[clause_start..deng].rsplit('、') {
            let start = end - member.len();
            let start = if start == clause_start {
                extend_name_left(scan, end, 8).max(start)
            } else {
                start
            };
            // Only members with a place inside matter (上海电气); an
            // industry (新能源等企业) stays the industry it is.
            let placed = scan.hits_in(&(start..end)).iter().any(|h| {
                h.start == start
                    && h.end < end
                    && !super::entries_of(scan, h, EntityType::Place).is_empty()
            });
            if start < end && placed && member.chars().count() <= 10 {
                out.push(organisation_claim(start..end));
            }
            end = start.saturating_sub('、'.len_utf8());
            if end < clause_start {
                break;
            }
        }
    }
}

/// A claim on `span` for an organisation's name: it wins overlap resolution
/// and never becomes a mention.
fn organisation_claim(span: std::ops::Range<usize>) -> Candidate {
    let mut c = Candidate::new(span, EntityType::Project, String::new(), "organisation");
    c.claim_only = true;
    c.confidence = 0.0;
    c
}
