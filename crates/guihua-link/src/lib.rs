//! guihua's relation rules: from mentions to relations with evidence.
//!
//! This crate owns the seven predicates of docs/ANNOTATION.md as named
//! [`RelationRule`]s: lead markers (`LED_BY`, `IMPLEMENTED_BY`), line projects
//! to the places they reach (`CONNECTS`), projects to their site
//! (`LOCATED_IN`), cooperation between places (`COOPERATES_WITH`), and a
//! place's industries and targets (`DEVELOPS`, `HAS_TARGET`). Rules read the
//! tagger's mentions, the text structure and the rule lists; they must not
//! create or change mentions, decode text or write tables.
//!
//! Every relation carries its evidence (the sentence, in original code points),
//! the rule that made it and a confidence. An end that is the document's own
//! jurisdiction is `is_doc` with the subject as norm; an end implied by a name
//! (the 沪 of 沪苏湖高铁) has no mention, only a norm.

mod rules;

pub use rules::{by_name, RelationRule, ALL};

use guihua_model::{EntityType, RelEnd, Relation};
use guihua_tag::{Resources, Tagged, TaggedDoc};
use guihua_text::NormText;
use serde::Deserialize;
use std::ops::Range;

/// Which rules run, from the pipeline file's `[linker]` table.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LinkerConfig {
    pub rules: Vec<String>,
    /// Verbs by which a line reaches the places written after it
    /// (沪乍杭铁路联通浦东、接入嘉兴…): `connects` adds those places.
    pub reach_verbs: Vec<String>,
    /// Verbs by which the document's own jurisdiction builds a site named
    /// after a region (打造长三角…中心): `located-in` adds `DOC`.
    pub build_verbs: Vec<String>,
    /// Words of joint work that make such a site a shared one (共建, 参与).
    pub joint_words: Vec<String>,
    /// Words that phase an industry out, move it away or only rely on it
    /// (淘汰, 转移, 依托): `develops` and `lead-marker` take no commitment from
    /// its clause part.
    pub uncommitted_words: Vec<String>,
    /// Words of attraction before the industry that undo them (承接).
    pub attract_words: Vec<String>,
    /// Heads of a tour route (精品线路, 文旅线路): an itinerary of sights,
    /// no line, so `connects` gives it no stops.
    pub tour_route_heads: Vec<String>,
    /// Words of a data link (互联网, 数据): a 通道 or 专线 named with one
    /// carries data, no line (嘉兴互联网国际专用通道 is sited, not connected).
    pub data_link_words: Vec<String>,
    /// Heads of a satellite zone of a named one (联动创新区, 协作区): after a
    /// complete zone name the satellite lies where the plan is, not in the
    /// zone's own place (中国(浙江)自由贸易试验区联动创新区 in a Jiaxing plan).
    pub satellite_zone_heads: Vec<String>,
}

fn words(ws: &[&str]) -> Vec<String> {
    ws.iter().map(|s| s.to_string()).collect()
}

impl Default for LinkerConfig {
    fn default() -> Self {
        LinkerConfig {
            rules: ALL.iter().map(|s| s.to_string()).collect(),
            reach_verbs: [
                "联通",
                "连通",
                "连接",
                "接入",
                "通达",
                "直达",
                "延伸至",
                "延伸到",
            ]
            .iter()
            .map(|s| s.to_string())
            .collect(),
            build_verbs: words(&["建设", "打造", "建成", "建立"]),
            joint_words: words(&["共建", "共同", "参与", "协助", "联合", "依托", "借力"]),
            uncommitted_words: words(&["淘汰", "压减", "退出", "关停", "排放", "转移", "依托"]),
            attract_words: words(&["承接", "引进", "吸引", "招引"]),
            tour_route_heads: words(&["精品线路", "旅游线路", "文旅线路", "旅游线", "游线"]),
            data_link_words: words(&["互联网", "数据"]),
            satellite_zone_heads: words(&["联动创新区", "协作区", "协同发展区"]),
        }
    }
}

/// What a rule reads: the text, its mentions and the shared resources.
pub struct LinkInput<'a> {
    pub norm: &'a NormText,
    pub doc: &'a TaggedDoc,
    pub res: &'a Resources,
    /// The linker's settings.
    pub cfg: &'a LinkerConfig,
    /// Places implied by each project name, computed once per document:
    /// three rules ask for the same names.
    pub(crate) implied: std::cell::RefCell<std::collections::HashMap<String, ImpliedPlaces>>,
}

/// Places a name implies: (byte offset in the name, place entry, whether it
/// came from an abbreviation).
pub(crate) type ImpliedPlaces = std::rc::Rc<Vec<(usize, guihua_dict::EntryIdx, bool)>>;

impl<'a> LinkInput<'a> {
    /// The `DOC` end: the document's own jurisdiction.
    pub fn doc_end(&self) -> RelEnd {
        RelEnd {
            mention: None,
            norm: self.doc.subject.clone().unwrap_or_default(),
            etype: EntityType::Place,
            is_doc: true,
        }
    }

    /// An end pointing at a mention.
    pub fn mention_end(&self, t: &Tagged) -> RelEnd {
        RelEnd {
            mention: Some(t.mention.id),
            norm: t.mention.norm.clone(),
            etype: t.mention.etype,
            is_doc: false,
        }
    }

    /// An end implied by a name, known only by its norm.
    pub fn norm_end(norm: &str, etype: EntityType) -> RelEnd {
        RelEnd {
            mention: None,
            norm: norm.to_string(),
            etype,
            is_doc: false,
        }
    }

    /// Original code point span of the sentence containing normalised byte `b`.
    pub fn evidence(&self, b: usize) -> Range<usize> {
        match self.norm.sentence_at(b) {
            Some(i) => self.norm.to_original(self.norm.sentences[i].range.clone()),
            None => self.norm.to_original(b..b),
        }
    }

    /// Mentions whose span lies inside normalised byte range `r`.
    pub fn mentions_in(&self, r: Range<usize>) -> impl Iterator<Item = &'a Tagged> + '_ {
        self.doc
            .mentions
            .iter()
            .filter(move |m| m.span.start >= r.start && m.span.end <= r.end)
    }

    /// Builds a relation with evidence at normalised byte `at`.
    pub fn relation(
        &self,
        predicate: guihua_model::Predicate,
        head: RelEnd,
        tail: RelEnd,
        at: usize,
        rule: &str,
        confidence: f32,
    ) -> Relation {
        let ev = self.evidence(at);
        Relation {
            predicate,
            head,
            tail,
            evidence_start: ev.start,
            evidence_end: ev.end,
            rule: rule.to_string(),
            confidence,
        }
    }
}

/// Runs the configured rules and removes duplicate relations.
pub struct Linker {
    rules: Vec<Box<dyn RelationRule>>,
    cfg: LinkerConfig,
}

impl std::fmt::Debug for Linker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let names: Vec<_> = self.rules.iter().map(|r| r.name()).collect();
        f.debug_struct("Linker").field("rules", &names).finish()
    }
}

impl Linker {
    /// Builds the linker, or names the unknown rule.
    pub fn try_new(cfg: &LinkerConfig) -> Result<Linker, String> {
        let rules = cfg
            .rules
            .iter()
            .map(|n| {
                by_name(n).ok_or_else(|| {
                    format!("unknown relation rule {n:?} (known: {})", ALL.join(", "))
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Linker {
            rules,
            cfg: cfg.clone(),
        })
    }

    /// All relations of one tagged document, deduplicated, in rule order.
    pub fn link(&self, norm: &NormText, doc: &TaggedDoc, res: &Resources) -> Vec<Relation> {
        let input = LinkInput {
            norm,
            doc,
            res,
            cfg: &self.cfg,
            implied: Default::default(),
        };
        let mut out: Vec<Relation> = Vec::new();
        for r in &self.rules {
            r.link(&input, &mut out);
        }
        let mut seen = std::collections::HashSet::new();
        out.retain(|r| {
            let key = (
                r.predicate,
                r.head.mention,
                r.head.norm.clone(),
                r.head.is_doc,
                r.tail.mention,
                r.tail.norm.clone(),
                r.tail.is_doc,
            );
            seen.insert(key)
        });
        out
    }
}
