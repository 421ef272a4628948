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
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use std::collections::HashMap;
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

/// Reads the tables in `dir` back into DocResults, in the order of the
/// `documents` table, with mentions, targets (joined back into
/// `Mention::target`) and relations in table order. Each table may be a single
/// `<table>.parquet` file or a folder of part files. The facts table is derived
/// data and is not read.
pub fn read_tables(dir: &Path) -> Result<Vec<DocResult>, StoreError> {
    let mut docs: Vec<DocResult> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();

    for (path, batch) in read_table_batches(dir, Table::Documents)? {
        let c = Cols {
            path: &path,
            batch: &batch,
        };
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
            let rec = DocRecord {
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
            };
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
        let c = Cols {
            path: &path,
            batch: &batch,
        };
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
        for i in 0..batch.num_rows() {
            let d = find(&path, &doc_id.req(i)?)?;
            let key = (d, mention_id.req(i)?);
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
            if targets.insert(key, attrs).is_some() {
                return Err(StoreError::Inconsistent {
                    path: path.clone(),
                    message: format!(
                        "two target rows for doc {:?} mention {}",
                        docs[d].doc.doc_id, key.1
                    ),
                });
            }
        }
    }

    for (path, batch) in read_table_batches(dir, Table::Mentions)? {
        let c = Cols {
            path: &path,
            batch: &batch,
        };
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
        for i in 0..batch.num_rows() {
            let d = find(&path, &doc_id.req(i)?)?;
            let id = mention_id.req(i)?;
            let m = Mention {
                id,
                etype: etype.parse::<EntityType>(i)?,
                start: to_usize(&path, "start", start.req(i)?)?,
                end: to_usize(&path, "end", end.req(i)?)?,
                text: text.req(i)?,
                norm: norm.req(i)?,
                entity_id: entity_id.opt(i),
                code: code.opt(i),
                canonical: canonical.opt(i),
                sentence: sentence.req(i)?,
                source: source.req(i)?,
                confidence: confidence.req(i)?,
                target: targets.remove(&(d, id)),
            };
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
        let c = Cols {
            path: &path,
            batch: &batch,
        };
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
        for i in 0..batch.num_rows() {
            let d = find(&path, &doc_id.req(i)?)?;
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
                evidence_start: to_usize(&path, "evidence_start", evidence_start.req(i)?)?,
                evidence_end: to_usize(&path, "evidence_end", evidence_end.req(i)?)?,
                rule: rule.req(i)?,
                confidence: confidence.req(i)?,
            };
            docs[d].relations.push(r);
        }
    }
    Ok(docs)
}
