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
                let start = extend_name_left(scan, at, 20);
                let start = super::project::after_last_verb(scan, start, at);
                let name = &text[start..at];
                // A proper name, not a kind (上海一流大学, “双一流”大学,
                // **个城市旅行社协会).
                let generic = name.contains(['“', '*', '个']) || name.contains("一流");
                if start >= at || generic || scan.hits_in(&(start..at)).is_empty() {
                    continue;
                }
                let mut c = Candidate::new(
                    start..end,
                    EntityType::Project,
                    String::new(),
                    "organisation",
                );
                c.claim_only = true;
                c.confidence = 0.0;
                out.push(c);
            }
        }
    }
}
