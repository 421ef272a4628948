//! Reading gold JSON Lines files (docs/ANNOTATION.md, "File format").
//!
//! One file per document; records in the order `doc`, then entities and
//! relations. The reader validates what the scorer relies on and rejects a
//! malformed file with a [`GoldError`] that names the file, the 1-based line
//! and the reason:
//!
//! - a line that is not a JSON object, or an unknown `kind`;
//! - a missing or mistyped field (`doc`; `id`, `start`, `end`, `text`, `type`,
//!   `norm` of an entity; `type` and one of `head`/`head_norm` and one of
//!   `tail`/`tail_norm` of a relation);
//! - an unknown entity type, predicate or comparator;
//! - the `doc` record missing, not first, or repeated;
//! - duplicate entity ids, or an entity with the reserved id `DOC`;
//! - `end <= start`, or `text` whose length in code points is not `end - start`;
//! - a relation whose `head`/`tail` names an id that no entity of the file has
//!   (entities may come after the relation that uses them).
//!
//! Extra fields are ignored, blank lines are skipped and a UTF-8 byte order
//! mark is tolerated. Optional fields (`subject`, `issuer`, `code`,
//! `canonical`, `attrs` and every field inside `attrs`) may be absent or null.

use guihua_model::{
    Comparator, DocRecord, DocResult, EntityType, Mention, Predicate, RelEnd, Relation,
    TargetAttrs, STATUS_OK,
};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

/// Why a gold file or directory could not be read.
#[derive(Debug, thiserror::Error)]
pub enum GoldError {
    /// The file breaks the format; `line` is 1-based.
    #[error("{file}:{line}: {reason}")]
    Malformed {
        file: String,
        line: usize,
        reason: String,
    },
    /// The file or directory could not be read.
    #[error("{file}: {source}")]
    Io {
        file: String,
        #[source]
        source: std::io::Error,
    },
}

/// One end of a gold relation.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GoldEnd {
    /// An entity of the same file, by id (`"head":"T3"`).
    Entity(String),
    /// The document's own jurisdiction (`"head":"DOC"`), i.e. its `subject`.
    Doc,
    /// An implied end known only by its norm (`head_norm` / `tail_norm`).
    Norm(String),
}

impl fmt::Display for GoldEnd {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GoldEnd::Entity(id) => f.write_str(id),
            GoldEnd::Doc => f.write_str("DOC"),
            GoldEnd::Norm(n) => write!(f, "norm:{n}"),
        }
    }
}

/// The `attrs` of a gold TARGET; every field is optional in the reader.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GoldAttrs {
    pub indicator: Option<String>,
    /// The value as written; `None` when masked or null. A JSON number is kept
    /// as its decimal text.
    pub value: Option<String>,
    pub unit: Option<String>,
    pub comparator: Option<Comparator>,
    pub year: Option<i32>,
    pub masked: bool,
}

/// One gold entity mention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoldEntity {
    pub id: String,
    /// Code point offsets into the decoded original text, end exclusive.
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub etype: EntityType,
    pub norm: String,
    pub code: Option<String>,
    pub canonical: Option<String>,
    pub attrs: Option<GoldAttrs>,
    /// 1-based line of the record in its file.
    pub line: usize,
}

/// One gold relation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoldRelation {
    pub predicate: Predicate,
    pub head: GoldEnd,
    pub tail: GoldEnd,
    /// 1-based line of the record in its file.
    pub line: usize,
}

/// One gold file: the annotations of one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoldDoc {
    /// The document's file name, from the `doc` record.
    pub doc: String,
    /// Path of the gold file relative to the directory it was read from, with
    /// `/` separators (for [`parse_gold`]: the `file_name` it was given).
    pub gold_path: String,
    /// Norm of the document's own jurisdiction (what `DOC` stands for).
    pub subject: Option<String>,
    pub issuers: Vec<String>,
    pub entities: Vec<GoldEntity>,
    pub relations: Vec<GoldRelation>,
}

impl GoldDoc {
    /// The entity with this id.
    pub fn entity(&self, id: &str) -> Option<&GoldEntity> {
        self.entities.iter().find(|e| e.id == id)
    }

    /// The directory part of [`GoldDoc::gold_path`] joined with the document
    /// name (`sub/x.txt` for `sub/x.txt.jsonl`); equals `doc` at top level.
    pub fn doc_path(&self) -> String {
        match self.gold_path.rfind('/') {
            Some(i) => format!("{}/{}", &self.gold_path[..i], self.doc),
            None => self.doc.clone(),
        }
    }
}

/// Reads every `*.jsonl` file under `dir`, recursively, in path order.
///
/// Fails on the first malformed file, or when two files annotate the same
/// document path.
pub fn read_gold_dir(dir: &Path) -> Result<Vec<GoldDoc>, GoldError> {
    let mut files = Vec::new();
    collect_jsonl(dir, &mut files)?;
    files.sort();
    let mut docs: Vec<GoldDoc> = Vec::with_capacity(files.len());
    let mut seen: HashMap<String, String> = HashMap::new();
    for path in files {
        let rel = path
            .strip_prefix(dir)
            .unwrap_or(&path)
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/");
        let text = std::fs::read_to_string(&path).map_err(|source| GoldError::Io {
            file: path.display().to_string(),
            source,
        })?;
        let mut doc = parse_gold(&text, &path.display().to_string())?;
        doc.gold_path = rel.clone();
        if let Some(prev) = seen.insert(doc.doc_path(), rel.clone()) {
            return Err(GoldError::Malformed {
                file: path.display().to_string(),
                line: 1,
                reason: format!("document {:?} is also annotated by {prev}", doc.doc),
            });
        }
        docs.push(doc);
    }
    Ok(docs)
}

fn collect_jsonl(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), GoldError> {
    let io = |source| GoldError::Io {
        file: dir.display().to_string(),
        source,
    };
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        if path.is_dir() {
            collect_jsonl(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "jsonl") {
            out.push(path);
        }
    }
    Ok(())
}

/// Parses the text of one gold file. `file_name` is used in error messages
/// and becomes [`GoldDoc::gold_path`].
pub fn parse_gold(text: &str, file_name: &str) -> Result<GoldDoc, GoldError> {
    let err = |line: usize, reason: String| GoldError::Malformed {
        file: file_name.to_string(),
        line,
        reason,
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut doc: Option<GoldDoc> = None;
    let mut ids: HashSet<String> = HashSet::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        if raw.trim().is_empty() {
            continue;
        }
        let value: Value =
            serde_json::from_str(raw).map_err(|e| err(line, format!("bad JSON: {e}")))?;
        let Value::Object(obj) = value else {
            return Err(err(line, "record is not a JSON object".into()));
        };
        let rec = Rec { obj: &obj, line };
        let kind = rec.str("kind").map_err(|r| err(line, r))?;
        match (kind, doc.as_mut()) {
            ("doc", None) => {
                doc = Some(GoldDoc {
                    doc: rec.str("doc").map_err(|r| err(line, r))?.to_string(),
                    gold_path: file_name.to_string(),
                    subject: rec.opt_str("subject").map_err(|r| err(line, r))?,
                    issuers: rec
                        .str_list(if obj.contains_key("issuer") {
                            "issuer"
                        } else {
                            "issuers"
                        })
                        .map_err(|r| err(line, r))?,
                    entities: Vec::new(),
                    relations: Vec::new(),
                });
            }
            ("doc", Some(_)) => return Err(err(line, "second \"doc\" record".into())),
            ("entity" | "relation", None) => {
                return Err(err(
                    line,
                    "the \"doc\" record is missing or not first".into(),
                ))
            }
            ("entity", Some(d)) => {
                let e = parse_entity(&rec).map_err(|r| err(line, r))?;
                if !ids.insert(e.id.clone()) {
                    return Err(err(line, format!("duplicate entity id {:?}", e.id)));
                }
                d.entities.push(e);
            }
            ("relation", Some(d)) => {
                d.relations
                    .push(parse_relation(&rec).map_err(|r| err(line, r))?);
            }
            (other, _) => return Err(err(line, format!("unknown kind {other:?}"))),
        }
    }
    let doc = doc.ok_or_else(|| err(1, "no \"doc\" record (empty file)".into()))?;
    for r in &doc.relations {
        for end in [&r.head, &r.tail] {
            if let GoldEnd::Entity(id) = end {
                if !ids.contains(id) {
                    return Err(err(
                        r.line,
                        format!("relation points at unknown entity id {id:?}"),
                    ));
                }
            }
        }
    }
    Ok(doc)
}

fn parse_entity(rec: &Rec) -> Result<GoldEntity, String> {
    let id = rec.str("id")?.to_string();
    if id == "DOC" {
        return Err("entity id \"DOC\" is reserved for the document subject".into());
    }
    let start = rec.usize("start")?;
    let end = rec.usize("end")?;
    if end <= start {
        return Err(format!("end {end} is not after start {start}"));
    }
    let text = rec.str("text")?.to_string();
    let n = text.chars().count();
    if n != end - start {
        return Err(format!(
            "text {text:?} has {n} code points but end - start = {}",
            end - start
        ));
    }
    let etype = rec
        .str("type")?
        .parse::<EntityType>()
        .map_err(|e| format!("unknown entity type: {e}"))?;
    let attrs = match rec.obj.get("attrs") {
        None | Some(Value::Null) => None,
        Some(Value::Object(a)) => Some(parse_attrs(a)?),
        Some(_) => return Err("field \"attrs\" is not an object".into()),
    };
    Ok(GoldEntity {
        id,
        start,
        end,
        text,
        etype,
        norm: rec.str("norm")?.to_string(),
        code: rec.opt_scalar("code")?,
        canonical: rec.opt_str("canonical")?,
        attrs,
        line: rec.line,
    })
}

fn parse_attrs(a: &Map<String, Value>) -> Result<GoldAttrs, String> {
    let rec = Rec { obj: a, line: 0 };
    let comparator = match rec
        .opt_str("comparator")
        .map_err(|r| format!("attrs: {r}"))?
    {
        None => None,
        Some(c) => Some(
            c.parse::<Comparator>()
                .map_err(|_| format!("attrs: unknown comparator {c:?}"))?,
        ),
    };
    let year = match a.get("year") {
        None | Some(Value::Null) => None,
        Some(Value::Number(n)) => Some(
            n.as_i64()
                .and_then(|y| i32::try_from(y).ok())
                .ok_or_else(|| format!("attrs: year {n} is not an integer"))?,
        ),
        Some(Value::String(s)) => Some(
            s.trim()
                .parse::<i32>()
                .map_err(|_| format!("attrs: year {s:?} is not an integer"))?,
        ),
        Some(_) => return Err("attrs: year is not a number".into()),
    };
    let masked = match a.get("masked") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(_) => return Err("attrs: masked is not a boolean".into()),
    };
    Ok(GoldAttrs {
        indicator: rec
            .opt_str("indicator")
            .map_err(|r| format!("attrs: {r}"))?,
        value: rec.opt_scalar("value").map_err(|r| format!("attrs: {r}"))?,
        unit: rec.opt_str("unit").map_err(|r| format!("attrs: {r}"))?,
        comparator,
        year,
        masked,
    })
}

fn parse_relation(rec: &Rec) -> Result<GoldRelation, String> {
    let predicate = rec
        .str("type")?
        .parse::<Predicate>()
        .map_err(|e| format!("unknown predicate: {e}"))?;
    Ok(GoldRelation {
        predicate,
        head: parse_end(rec, "head")?,
        tail: parse_end(rec, "tail")?,
        line: rec.line,
    })
}

fn parse_end(rec: &Rec, side: &str) -> Result<GoldEnd, String> {
    let norm_key = format!("{side}_norm");
    let id = rec.opt_str(side)?;
    let norm = rec.opt_str(&norm_key)?;
    match (id, norm) {
        (Some(_), Some(_)) => Err(format!("both \"{side}\" and \"{norm_key}\" are given")),
        (None, None) => Err(format!("missing field \"{side}\" (or \"{norm_key}\")")),
        (Some(id), None) if id == "DOC" => Ok(GoldEnd::Doc),
        (Some(id), None) if id.is_empty() => Err(format!("field \"{side}\" is empty")),
        (Some(id), None) => Ok(GoldEnd::Entity(id)),
        (None, Some(n)) if n.is_empty() => Err(format!("field \"{norm_key}\" is empty")),
        (None, Some(n)) => Ok(GoldEnd::Norm(n)),
    }
}

/// A JSON object with field accessors that explain what is wrong.
struct Rec<'a> {
    obj: &'a Map<String, Value>,
    line: usize,
}

impl Rec<'_> {
    fn str(&self, key: &str) -> Result<&str, String> {
        match self.obj.get(key) {
            Some(Value::String(s)) => Ok(s),
            None | Some(Value::Null) => Err(format!("missing field {key:?}")),
            Some(_) => Err(format!("field {key:?} is not a string")),
        }
    }

    fn opt_str(&self, key: &str) -> Result<Option<String>, String> {
        match self.obj.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(_) => Err(format!("field {key:?} is not a string")),
        }
    }

    /// A string, or a number kept as its text.
    fn opt_scalar(&self, key: &str) -> Result<Option<String>, String> {
        match self.obj.get(key) {
            Some(Value::Number(n)) => Ok(Some(n.to_string())),
            _ => self.opt_str(key),
        }
    }

    fn usize(&self, key: &str) -> Result<usize, String> {
        match self.obj.get(key) {
            Some(Value::Number(n)) => n
                .as_u64()
                .and_then(|v| usize::try_from(v).ok())
                .ok_or_else(|| format!("field {key:?} is not a non-negative integer")),
            None | Some(Value::Null) => Err(format!("missing field {key:?}")),
            Some(_) => Err(format!("field {key:?} is not a number")),
        }
    }

    fn str_list(&self, key: &str) -> Result<Vec<String>, String> {
        match self.obj.get(key) {
            None | Some(Value::Null) => Ok(Vec::new()),
            Some(Value::String(s)) => Ok(vec![s.clone()]),
            Some(Value::Array(items)) => items
                .iter()
                .map(|v| match v {
                    Value::String(s) => Ok(s.clone()),
                    _ => Err(format!("field {key:?} holds a non-string")),
                })
                .collect(),
            Some(_) => Err(format!("field {key:?} is not a list of strings")),
        }
    }
}

impl GoldDoc {
    /// The gold annotations as if the pipeline had predicted them: scoring the
    /// result against this gold gives 1.0 everywhere.
    ///
    /// Entities become mentions numbered 0.. in file order (`source` "gold",
    /// confidence 1); `DOC` ends become `is_doc` ends whose norm is the subject
    /// (empty when there is none); `head_norm`/`tail_norm` ends become ends
    /// without a mention, typed by what the predicate expects on that side.
    /// The `DocRecord` carries `doc_id` = `doc`, subject, issuers and status
    /// `ok`; the other record fields are left empty.
    pub fn to_doc_result(&self) -> DocResult {
        let index: HashMap<&str, usize> = self
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.as_str(), i))
            .collect();
        let mentions: Vec<Mention> = self
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| Mention {
                id: i as u32,
                etype: e.etype,
                start: e.start,
                end: e.end,
                text: e.text.clone(),
                norm: e.norm.clone(),
                entity_id: None,
                code: e.code.clone(),
                canonical: e.canonical.clone(),
                sentence: 0,
                source: "gold".into(),
                confidence: 1.0,
                target: e.attrs.as_ref().map(|a| TargetAttrs {
                    indicator: a.indicator.clone().unwrap_or_default(),
                    value: a.value.clone(),
                    value_num: a.value.as_deref().and_then(|v| v.parse().ok()),
                    unit: a.unit.clone(),
                    comparator: a.comparator.unwrap_or(Comparator::Equal),
                    year: a.year,
                    masked: a.masked,
                    scope_norm: None,
                }),
            })
            .collect();
        let end = |g: &GoldEnd, implied_type: EntityType| match g {
            GoldEnd::Doc => RelEnd {
                mention: None,
                norm: self.subject.clone().unwrap_or_default(),
                etype: EntityType::Place,
                is_doc: true,
            },
            GoldEnd::Norm(n) => RelEnd {
                mention: None,
                norm: n.clone(),
                etype: implied_type,
                is_doc: false,
            },
            GoldEnd::Entity(id) => {
                let i = index[id.as_str()];
                RelEnd {
                    mention: Some(i as u32),
                    norm: self.entities[i].norm.clone(),
                    etype: self.entities[i].etype,
                    is_doc: false,
                }
            }
        };
        let relations: Vec<Relation> = self
            .relations
            .iter()
            .map(|r| {
                let (head_type, tail_type) = expected_types(r.predicate);
                Relation {
                    predicate: r.predicate,
                    head: end(&r.head, head_type),
                    tail: end(&r.tail, tail_type),
                    evidence_start: 0,
                    evidence_end: 0,
                    rule: "gold".into(),
                    confidence: 1.0,
                }
            })
            .collect();
        DocResult {
            doc: DocRecord {
                doc_id: self.doc.clone(),
                subject: self.subject.clone(),
                issuers: self.issuers.clone(),
                status: STATUS_OK.into(),
                n_mentions: mentions.len() as u32,
                n_relations: relations.len() as u32,
                ..DocRecord::default()
            },
            mentions,
            relations,
        }
    }
}

/// The usual head and tail types of a predicate (docs/ANNOTATION.md).
fn expected_types(p: Predicate) -> (EntityType, EntityType) {
    use EntityType::*;
    match p {
        Predicate::LedBy | Predicate::ImplementedBy => (Project, Agency),
        Predicate::LocatedIn | Predicate::Connects => (Project, Place),
        Predicate::CooperatesWith => (Place, Place),
        Predicate::Develops => (Place, Industry),
        Predicate::HasTarget => (Place, Target),
    }
}
