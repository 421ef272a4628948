//! Reading tables back into DocResults.

use crate::error::StoreError;
use crate::schema::{utf8_list_type, Table};
use arrow::array::{
    Array, ArrayRef, AsArray, BooleanArray, ListArray, PrimitiveArray, StringArray,
};
use arrow::compute::cast;
use arrow::datatypes::{
    ArrowPrimitiveType, DataType, Float32Type, Float64Type, Int32Type, UInt32Type, UInt64Type,
};
use arrow::record_batch::RecordBatch;
use guihua_model::{
    Comparator, DocRecord, DocResult, EntityType, Mention, Predicate, RelEnd, Relation, TargetAttrs,
};
use parquet::arrow::arrow_reader::{ParquetRecordBatchReader, ParquetRecordBatchReaderBuilder};
use std::collections::{HashMap, HashSet, VecDeque};
use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// The `.parquet` part files under a table folder, recursively, sorted by
/// path. Hidden files and files starting with `_` (temporaries, `_SUCCESS`,
/// `_metadata`) are skipped.
pub(crate) fn part_files(dir: &Path) -> Result<Vec<PathBuf>, StoreError> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries = fs::read_dir(&d).map_err(|e| StoreError::io(&d, "list folder", e))?;
        for entry in entries {
            let entry = entry.map_err(|e| StoreError::io(&d, "list folder", e))?;
            let p = entry.path();
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with('.') || name.starts_with('_') {
                continue;
            }
            if p.is_dir() {
                stack.push(p);
            } else if name.ends_with(".parquet") {
                out.push(p);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// The files holding `table` in `dir`: `<table>.parquet` itself, or the part
/// files of the folder `<table>.parquet/`.
pub fn table_files(dir: &Path, table: Table) -> Result<Vec<PathBuf>, StoreError> {
    let p = dir.join(table.file_name());
    if p.is_file() {
        return Ok(vec![p]);
    }
    if p.is_dir() {
        let parts = part_files(&p)?;
        if !parts.is_empty() {
            return Ok(parts);
        }
    }
    Err(StoreError::MissingTable { path: p })
}

/// All record batches of a table, file by file, each with its file.
pub fn read_table_batches(
    dir: &Path,
    table: Table,
) -> Result<Vec<(PathBuf, RecordBatch)>, StoreError> {
    let mut out = Vec::new();
    for f in table_files(dir, table)? {
        let file = File::open(&f).map_err(|e| StoreError::io(&f, "open", e))?;
        let reader = ParquetRecordBatchReaderBuilder::try_new(file)
            .and_then(|b| b.with_batch_size(16 * 1024).build())
            .map_err(|e| StoreError::parquet(&f, e))?;
        for batch in reader {
            let batch = batch.map_err(|e| StoreError::arrow(&f, e))?;
            out.push((f.clone(), batch));
        }
    }
    Ok(out)
}

/// Columns of one batch, looked up by name and cast to the contract's type.
struct Cols<'a> {
    path: &'a Path,
    batch: &'a RecordBatch,
}

impl<'a> Cols<'a> {
    fn get(
        &self,
        name: &str,
        dt: &DataType,
        required: bool,
    ) -> Result<Option<ArrayRef>, StoreError> {
        let Some(a) = self.batch.column_by_name(name) else {
            return if required {
                Err(StoreError::column(self.path, name, "missing"))
            } else {
                Ok(None)
            };
        };
        if a.data_type() == dt {
            return Ok(Some(a.clone()));
        }
        cast(a, dt).map(Some).map_err(|e| {
            StoreError::column(
                self.path,
                name,
                format!("cannot read {} as {dt}: {e}", a.data_type()),
            )
        })
    }

    fn req(&self, name: &str, dt: &DataType) -> Result<ArrayRef, StoreError> {
        Ok(self.get(name, dt, true)?.expect("required"))
    }

    fn string(&self, name: &'a str) -> Result<Strs<'a>, StoreError> {
        Ok(Strs {
            path: self.path,
            name,
            a: self.get(name, &DataType::Utf8, true)?,
        })
    }

    fn string_opt(&self, name: &'a str) -> Result<Strs<'a>, StoreError> {
        Ok(Strs {
            path: self.path,
            name,
            a: self.get(name, &DataType::Utf8, false)?,
        })
    }

    fn prim<T: ArrowPrimitiveType>(
        &self,
        name: &'a str,
        required: bool,
    ) -> Result<Prims<'a, T>, StoreError> {
        let a = self.get(name, &T::DATA_TYPE, required)?;
        Ok(Prims {
            path: self.path,
            name,
            a: a.map(|a| a.as_primitive::<T>().clone()),
        })
    }

    fn boolean(&self, name: &'a str, required: bool) -> Result<Bools<'a>, StoreError> {
        let a = self.get(name, &DataType::Boolean, required)?;
        Ok(Bools {
            path: self.path,
            name,
            a: a.map(|a| a.as_boolean().clone()),
        })
    }
}

fn null_err(path: &Path, name: &str, row: usize) -> StoreError {
    StoreError::column(
        path,
        name,
        format!("null in row {row} of a batch, where a value is required"),
    )
}

/// A string column; absent optional columns read as null.
struct Strs<'a> {
    path: &'a Path,
    name: &'a str,
    a: Option<ArrayRef>,
}

impl Strs<'_> {
    fn arr(&self) -> Option<&StringArray> {
        self.a.as_ref().map(|a| a.as_string::<i32>())
    }
    fn opt(&self, i: usize) -> Option<String> {
        self.arr()
            .and_then(|a| a.is_valid(i).then(|| a.value(i).to_string()))
    }
    fn req(&self, i: usize) -> Result<String, StoreError> {
        self.opt(i).ok_or_else(|| null_err(self.path, self.name, i))
    }
    /// Value, or "" when the optional column is absent.
    fn or_empty(&self, i: usize) -> Result<String, StoreError> {
        match self.a {
            None => Ok(String::new()),
            Some(_) => self.req(i),
        }
    }
    fn parse<T: FromStr>(&self, i: usize) -> Result<T, StoreError> {
        let s = self.req(i)?;
        s.parse().map_err(|_| {
            StoreError::column(
                self.path,
                self.name,
                format!("unknown value {s:?} in row {i} of a batch"),
            )
        })
    }
}

struct Prims<'a, T: ArrowPrimitiveType> {
    path: &'a Path,
    name: &'a str,
    a: Option<PrimitiveArray<T>>,
}

impl<T: ArrowPrimitiveType> Prims<'_, T> {
    fn opt(&self, i: usize) -> Option<T::Native> {
        self.a
            .as_ref()
            .and_then(|a| a.is_valid(i).then(|| a.value(i)))
    }
    fn req(&self, i: usize) -> Result<T::Native, StoreError> {
        self.opt(i).ok_or_else(|| null_err(self.path, self.name, i))
    }
    fn or_default(&self, i: usize) -> Result<T::Native, StoreError> {
        match self.a {
            None => Ok(T::Native::default()),
            Some(_) => self.req(i),
        }
    }
}

struct Bools<'a> {
    path: &'a Path,
    name: &'a str,
    a: Option<BooleanArray>,
}

impl Bools<'_> {
    fn req(&self, i: usize) -> Result<bool, StoreError> {
        self.a
            .as_ref()
            .and_then(|a| a.is_valid(i).then(|| a.value(i)))
            .ok_or_else(|| null_err(self.path, self.name, i))
    }
    fn or_false(&self, i: usize) -> Result<bool, StoreError> {
        match self.a {
            None => Ok(false),
            Some(_) => self.req(i),
        }
    }
}

fn to_usize(path: &Path, name: &str, v: u64) -> Result<usize, StoreError> {
    usize::try_from(v).map_err(|_| {
        StoreError::column(path, name, format!("offset {v} does not fit this platform"))
    })
}

/// The rows of one `documents` batch.
fn parse_documents(path: &Path, batch: &RecordBatch) -> Result<Vec<DocRecord>, StoreError> {
    let c = Cols { path, batch };
    let doc_id = c.string("doc_id")?;
    let sha256 = c.string("sha256")?;
    let format = c.string("format")?;
    let encoding = c.string("encoding")?;
    let script = c.string("script")?;
    let chars = c.prim::<UInt64Type>("chars", true)?;
    let subject = c.string("subject")?;
    let subject_code = c.string("subject_code")?;
    let issuers_a = c.req("issuers", &utf8_list_type())?;
    let issuers: &ListArray = issuers_a.as_list::<i32>();
    let status = c.string("status")?;
    let n_mentions = c.prim::<UInt32Type>("n_mentions", true)?;
    let n_relations = c.prim::<UInt32Type>("n_relations", true)?;
    let text_basis = c.string_opt("text_basis")?;
    let bytes = c.prim::<UInt64Type>("bytes", false)?;
    let mut out = Vec::with_capacity(batch.num_rows());
    for i in 0..batch.num_rows() {
        let mut iss = Vec::new();
        if issuers.is_valid(i) {
            let v = issuers.value(i);
            let v = v.as_string::<i32>();
            for j in 0..v.len() {
                if v.is_valid(j) {
                    iss.push(v.value(j).to_string());
                }
            }
        }
        out.push(DocRecord {
            doc_id: doc_id.req(i)?,
            sha256: sha256.req(i)?,
            format: format.req(i)?,
            encoding: encoding.req(i)?,
            script: script.req(i)?,
            chars: chars.req(i)?,
            subject: subject.opt(i),
            subject_code: subject_code.opt(i),
            issuers: iss,
            status: status.req(i)?,
            n_mentions: n_mentions.req(i)?,
            n_relations: n_relations.req(i)?,
            text_basis: text_basis.or_empty(i)?,
            bytes: bytes.or_default(i)?,
        });
    }
    Ok(out)
}

/// A target row: the mention id and the attributes.
type TargetRow = (u32, TargetAttrs);

/// The rows of one `targets` batch: doc_id, (mention id, attributes).
fn parse_targets(path: &Path, batch: &RecordBatch) -> Result<Vec<(String, TargetRow)>, StoreError> {
    let c = Cols { path, batch };
    let doc_id = c.string("doc_id")?;
    let mention_id = c.prim::<UInt32Type>("mention_id", true)?;
    let indicator = c.string("indicator")?;
    let value = c.string("value")?;
    let value_num = c.prim::<Float64Type>("value_num", true)?;
    let unit = c.string("unit")?;
    let comparator = c.string("comparator")?;
    let year = c.prim::<Int32Type>("year", true)?;
    let masked = c.boolean("masked", true)?;
    let scope_norm = c.string("scope_norm")?;
    let mut out = Vec::with_capacity(batch.num_rows());
    for i in 0..batch.num_rows() {
        let attrs = TargetAttrs {
            indicator: indicator.req(i)?,
            value: value.opt(i),
            value_num: value_num.opt(i),
            unit: unit.opt(i),
            comparator: comparator.parse::<Comparator>(i)?,
            year: year.opt(i),
            masked: masked.req(i)?,
            scope_norm: scope_norm.opt(i),
        };
        out.push((doc_id.req(i)?, (mention_id.req(i)?, attrs)));
    }
    Ok(out)
}

/// The rows of one `mentions` batch (without their target attributes).
fn parse_mentions(path: &Path, batch: &RecordBatch) -> Result<Vec<(String, Mention)>, StoreError> {
    let c = Cols { path, batch };
    let doc_id = c.string("doc_id")?;
    let mention_id = c.prim::<UInt32Type>("mention_id", true)?;
    let etype = c.string("type")?;
    let start = c.prim::<UInt64Type>("start", true)?;
    let end = c.prim::<UInt64Type>("end", true)?;
    let text = c.string("text")?;
    let norm = c.string("norm")?;
    let entity_id = c.string("entity_id")?;
    let code = c.string("code")?;
    let canonical = c.string("canonical")?;
    let sentence = c.prim::<UInt32Type>("sentence", true)?;
    let source = c.string("source")?;
    let confidence = c.prim::<Float32Type>("confidence", true)?;
    let mut out = Vec::with_capacity(batch.num_rows());
    for i in 0..batch.num_rows() {
        let m = Mention {
            id: mention_id.req(i)?,
            etype: etype.parse::<EntityType>(i)?,
            start: to_usize(path, "start", start.req(i)?)?,
            end: to_usize(path, "end", end.req(i)?)?,
            text: text.req(i)?,
            norm: norm.req(i)?,
            entity_id: entity_id.opt(i),
            code: code.opt(i),
            canonical: canonical.opt(i),
            sentence: sentence.req(i)?,
            source: source.req(i)?,
            confidence: confidence.req(i)?,
            target: None,
        };
        out.push((doc_id.req(i)?, m));
    }
    Ok(out)
}

/// The rows of one `relations` batch.
fn parse_relations(
    path: &Path,
    batch: &RecordBatch,
) -> Result<Vec<(String, Relation)>, StoreError> {
    let c = Cols { path, batch };
    let doc_id = c.string("doc_id")?;
    let predicate = c.string("predicate")?;
    let head_mention = c.prim::<UInt32Type>("head_mention", true)?;
    let head_norm = c.string("head_norm")?;
    let head_type = c.string("head_type")?;
    let head_is_doc = c.boolean("head_is_doc", true)?;
    let tail_mention = c.prim::<UInt32Type>("tail_mention", true)?;
    let tail_norm = c.string("tail_norm")?;
    let tail_type = c.string("tail_type")?;
    let tail_is_doc = c.boolean("tail_is_doc", false)?;
    let evidence_start = c.prim::<UInt64Type>("evidence_start", true)?;
    let evidence_end = c.prim::<UInt64Type>("evidence_end", true)?;
    let rule = c.string("rule")?;
    let confidence = c.prim::<Float32Type>("confidence", true)?;
    let mut out = Vec::with_capacity(batch.num_rows());
    for i in 0..batch.num_rows() {
        let r = Relation {
            predicate: predicate.parse::<Predicate>(i)?,
            head: RelEnd {
                mention: head_mention.opt(i),
                norm: head_norm.req(i)?,
                etype: head_type.parse::<EntityType>(i)?,
                is_doc: head_is_doc.req(i)?,
            },
            tail: RelEnd {
                mention: tail_mention.opt(i),
                norm: tail_norm.req(i)?,
                etype: tail_type.parse::<EntityType>(i)?,
                is_doc: tail_is_doc.or_false(i)?,
            },
            evidence_start: to_usize(path, "evidence_start", evidence_start.req(i)?)?,
            evidence_end: to_usize(path, "evidence_end", evidence_end.req(i)?)?,
            rule: rule.req(i)?,
            confidence: confidence.req(i)?,
        };
        out.push((doc_id.req(i)?, r));
    }
    Ok(out)
}

/// Reads the tables in `dir` back into DocResults, in the order of the
/// `documents` table, with mentions, targets (joined back into
/// `Mention::target`) and relations in table order. Each table may be a single
/// `<table>.parquet` file or a folder of part files. The facts table is derived
/// data and is not read.
///
/// This holds every document in memory; [`for_each_doc`] streams one part set.
pub fn read_tables(dir: &Path) -> Result<Vec<DocResult>, StoreError> {
    let mut docs: Vec<DocResult> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();

    for (path, batch) in read_table_batches(dir, Table::Documents)? {
        for rec in parse_documents(&path, &batch)? {
            if index.insert(rec.doc_id.clone(), docs.len()).is_some() {
                return Err(StoreError::Inconsistent {
                    path: path.clone(),
                    message: format!("doc_id {:?} appears twice", rec.doc_id),
                });
            }
            docs.push(DocResult {
                doc: rec,
                mentions: Vec::new(),
                relations: Vec::new(),
            });
        }
    }

    let find = |path: &Path, id: &str| {
        index
            .get(id)
            .copied()
            .ok_or_else(|| StoreError::Inconsistent {
                path: path.to_path_buf(),
                message: format!("doc_id {id:?} is not in the documents table"),
            })
    };

    let mut targets: HashMap<(usize, u32), TargetAttrs> = HashMap::new();
    for (path, batch) in read_table_batches(dir, Table::Targets)? {
        for (id, (mention, attrs)) in parse_targets(&path, &batch)? {
            let d = find(&path, &id)?;
            if targets.insert((d, mention), attrs).is_some() {
                return Err(StoreError::Inconsistent {
                    path: path.clone(),
                    message: format!(
                        "two target rows for doc {:?} mention {}",
                        docs[d].doc.doc_id, mention
                    ),
                });
            }
        }
    }

    for (path, batch) in read_table_batches(dir, Table::Mentions)? {
        for (id, mut m) in parse_mentions(&path, &batch)? {
            let d = find(&path, &id)?;
            m.target = targets.remove(&(d, m.id));
            docs[d].mentions.push(m);
        }
    }
    if let Some(((d, id), _)) = targets.iter().next() {
        return Err(StoreError::Inconsistent {
            path: dir.join(Table::Targets.file_name()),
            message: format!(
                "target row for doc {:?} mention {id} has no mention in mentions ({} such rows)",
                docs[*d].doc.doc_id,
                targets.len()
            ),
        });
    }

    for (path, batch) in read_table_batches(dir, Table::Relations)? {
        for (id, r) in parse_relations(&path, &batch)? {
            let d = find(&path, &id)?;
            docs[d].relations.push(r);
        }
    }
    Ok(docs)
}

/// Turns one batch of a table into (doc_id, row) pairs.
type ParseRows<T> = fn(&Path, &RecordBatch) -> Result<Vec<(String, T)>, StoreError>;

/// Rows of one table file, read a batch at a time.
struct RowStream<T> {
    path: PathBuf,
    reader: ParquetRecordBatchReader,
    parse: ParseRows<T>,
    buf: VecDeque<(String, T)>,
}

impl<T> RowStream<T> {
    fn open(path: &Path, batch_rows: usize, parse: ParseRows<T>) -> Result<Self, StoreError> {
        let file = File::open(path).map_err(|e| StoreError::io(path, "open", e))?;
        let reader = ParquetRecordBatchReaderBuilder::try_new(file)
            .and_then(|b| b.with_batch_size(batch_rows.max(1)).build())
            .map_err(|e| StoreError::parquet(path, e))?;
        Ok(RowStream {
            path: path.to_path_buf(),
            reader,
            parse,
            buf: VecDeque::new(),
        })
    }

    /// The doc_id of the next row, reading a batch when needed.
    fn peek(&mut self) -> Result<Option<&str>, StoreError> {
        while self.buf.is_empty() {
            match self.reader.next() {
                None => return Ok(None),
                Some(b) => {
                    let b = b.map_err(|e| StoreError::arrow(&self.path, e))?;
                    self.buf.extend((self.parse)(&self.path, &b)?);
                }
            }
        }
        Ok(self.buf.front().map(|(id, _)| id.as_str()))
    }

    /// The rows of `doc_id` that come next.
    fn take(&mut self, doc_id: &str, into: &mut Vec<T>) -> Result<(), StoreError> {
        while self.peek()? == Some(doc_id) {
            let (_, row) = self.buf.pop_front().expect("peeked");
            into.push(row);
        }
        Ok(())
    }

    /// Errors when rows are left over once every document was read.
    fn finish(&mut self) -> Result<(), StoreError> {
        let path = self.path.clone();
        match self.peek()? {
            None => Ok(()),
            Some(id) => Err(StoreError::Inconsistent {
                path,
                message: format!(
                    "rows of doc_id {id:?} are not grouped in the order of the documents table"
                ),
            }),
        }
    }
}

fn documents_rows(
    path: &Path,
    batch: &RecordBatch,
) -> Result<Vec<(String, DocRecord)>, StoreError> {
    Ok(parse_documents(path, batch)?
        .into_iter()
        .map(|d| (String::new(), d))
        .collect())
}

/// Streams one set of table files (a part: `documents`, `mentions`,
/// `relations` and `targets` files written together by a [`TableWriter`])
/// back into DocResults, one document at a time in the order of the
/// `documents` file, holding at most about one batch of `batch_rows` rows per
/// table. `file_of` names the file of each table.
///
/// It relies on what a [`TableWriter`] writes: the rows of every document
/// are contiguous in each table, in the order of the documents. Rows out of
/// that order, or of a document the documents file does not hold, are an
/// [`StoreError::Inconsistent`] error ([`read_tables`] accepts any order).
///
/// [`TableWriter`]: crate::TableWriter
pub fn for_each_doc<E: From<StoreError>>(
    file_of: impl Fn(Table) -> PathBuf,
    batch_rows: usize,
    mut f: impl FnMut(DocResult) -> Result<(), E>,
) -> Result<(), E> {
    let mut documents = RowStream::open(&file_of(Table::Documents), batch_rows, documents_rows)?;
    let mut mentions = RowStream::open(&file_of(Table::Mentions), batch_rows, parse_mentions)?;
    let mut relations = RowStream::open(&file_of(Table::Relations), batch_rows, parse_relations)?;
    let mut targets = RowStream::open(&file_of(Table::Targets), batch_rows, parse_targets)?;
    let mut seen: HashSet<String> = HashSet::new();
    let mut attrs: Vec<TargetRow> = Vec::new();
    loop {
        if documents.peek()?.is_none() {
            break;
        }
        let (_, rec) = documents.buf.pop_front().expect("peeked");
        if !seen.insert(rec.doc_id.clone()) {
            return Err(StoreError::Inconsistent {
                path: documents.path.clone(),
                message: format!("doc_id {:?} appears twice", rec.doc_id),
            }
            .into());
        }
        let mut doc = DocResult {
            doc: rec,
            mentions: Vec::new(),
            relations: Vec::new(),
        };
        let id = doc.doc.doc_id.as_str();
        attrs.clear();
        targets.take(id, &mut attrs)?;
        mentions.take(id, &mut doc.mentions)?;
        relations.take(id, &mut doc.relations)?;
        for (mention, a) in attrs.drain(..) {
            match doc.mentions.iter_mut().find(|m| m.id == mention) {
                Some(m) if m.target.is_none() => m.target = Some(a),
                Some(_) => {
                    return Err(StoreError::Inconsistent {
                        path: targets.path.clone(),
                        message: format!("two target rows for doc {id:?} mention {mention}"),
                    }
                    .into())
                }
                None => {
                    return Err(StoreError::Inconsistent {
                        path: targets.path.clone(),
                        message: format!(
                            "target row for doc {id:?} mention {mention} has no mention in mentions"
                        ),
                    }
                    .into())
                }
            }
        }
        f(doc)?;
    }
    mentions.finish()?;
    relations.finish()?;
    targets.finish()?;
    Ok(())
}

/// Streams the first evidence of every row of a `facts.parquet` file:
/// `f(first_doc_id, first_evidence_start, first_evidence_end,
/// first_evidence)`, a batch at a time. A rerun that keeps documents uses it
/// to recover their evidence text without decoding them again.
pub fn for_each_fact_evidence<E: From<StoreError>>(
    file: &Path,
    mut f: impl FnMut(&str, u64, u64, Option<&str>) -> Result<(), E>,
) -> Result<(), E> {
    let fh = File::open(file).map_err(|e| StoreError::io(file, "open", e))?;
    let reader = ParquetRecordBatchReaderBuilder::try_new(fh)
        .and_then(|b| b.with_batch_size(8 * 1024).build())
        .map_err(|e| StoreError::parquet(file, e))?;
    for batch in reader {
        let batch = batch.map_err(|e| StoreError::arrow(file, e))?;
        let c = Cols {
            path: file,
            batch: &batch,
        };
        let doc = c.string("first_doc_id")?;
        let start = c.prim::<UInt64Type>("first_evidence_start", true)?;
        let end = c.prim::<UInt64Type>("first_evidence_end", true)?;
        let ev = c.string("first_evidence")?;
        let (Some(doc_a), Some(ev_a)) = (doc.arr(), ev.arr()) else {
            continue;
        };
        for i in 0..batch.num_rows() {
            if !doc_a.is_valid(i) {
                continue;
            }
            let text = ev_a.is_valid(i).then(|| ev_a.value(i));
            f(doc_a.value(i), start.req(i)?, end.req(i)?, text)?;
        }
    }
    Ok(())
}
