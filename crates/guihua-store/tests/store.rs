mod common;

use arrow::array::{Array, AsArray};
use arrow::datatypes::UInt32Type;
use common::{sample_docs, synthetic_docs};
use guihua_model::{DocResult, Predicate};
use guihua_store::{
    for_each_doc, for_each_fact_evidence, read_metadata, read_table_batches, read_tables,
    write_facts, write_tables, Facts, RunMeta, StoreError, Table, TableWriter, WriteOptions,
};
use std::collections::HashMap;
use std::fs;
use std::path::Path;

fn meta() -> RunMeta {
    let mut m = RunMeta::new("0.1.0", "yrd", "blake3:0123abcd");
    m.extra
        .push(("guihua.created_by".into(), "guihua 0.1.0 (test)".into()));
    m.extra.push(("guihua.threads".into(), "2".into()));
    m.extra.push(("guihua.table".into(), "not-allowed".into()));
    m
}

fn write_sample(dir: &Path, opts: WriteOptions) -> Vec<DocResult> {
    let sample = sample_docs();
    let texts: HashMap<String, String> = sample
        .iter()
        .map(|(d, t)| (d.doc.doc_id.clone(), t.clone()))
        .collect();
    let docs: Vec<DocResult> = sample.into_iter().map(|(d, _)| d).collect();
    let stats = write_tables(dir, &docs, &meta(), opts, |d| {
        texts.get(&d.doc.doc_id).map(String::as_str)
    })
    .unwrap();
    assert_eq!(stats.documents, 3);
    assert_eq!(
        stats.mentions,
        docs.iter().map(|d| d.mentions.len() as u64).sum::<u64>()
    );
    assert_eq!(stats.relations, 10);
    assert_eq!(stats.targets, 2);
    assert_eq!(stats.files.len(), 5);
    assert!(stats.bytes > 0);
    docs
}

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn round_trip_gives_equal_doc_results() {
    let dir = tempfile::tempdir().unwrap();
    let docs = write_sample(dir.path(), WriteOptions::default());
    // The sample exercises both sides of every nullable field.
    let ms: Vec<_> = docs.iter().flat_map(|d| &d.mentions).collect();
    assert!(ms.iter().any(|m| m.entity_id.is_some()) && ms.iter().any(|m| m.entity_id.is_none()));
    assert!(ms.iter().any(|m| m.canonical.is_some()) && ms.iter().any(|m| m.code.is_some()));
    let ts: Vec<_> = ms.iter().filter_map(|m| m.target.as_ref()).collect();
    assert!(ts.iter().any(|t| t.value.is_none()) && ts.iter().any(|t| t.scope_norm.is_some()));
    assert!(
        docs.iter().any(|d| d.doc.subject.is_none())
            && docs.iter().any(|d| d.doc.issuers.is_empty())
    );

    assert_eq!(read_tables(dir.path()).unwrap(), docs);
    assert_eq!(
        names(dir.path()),
        [
            "documents.parquet",
            "facts.parquet",
            "mentions.parquet",
            "relations.parquet",
            "targets.parquet"
        ],
        "no temporary file is left behind"
    );
}

#[test]
fn tiny_row_groups_round_trip_and_are_bounded() {
    let dir = tempfile::tempdir().unwrap();
    let opts = WriteOptions {
        row_group_rows: 2,
        zstd_level: 1,
    };
    let docs = write_sample(dir.path(), opts);
    assert_eq!(read_tables(dir.path()).unwrap(), docs);
    for t in Table::ALL {
        let f = fs::File::open(dir.path().join(t.file_name())).unwrap();
        let r = parquet::file::reader::SerializedFileReader::new(f).unwrap();
        use parquet::file::reader::FileReader;
        let md = r.metadata();
        assert!(md.num_row_groups() >= 1, "{}", t.name());
        let n = md.num_row_groups();
        for (i, rg) in md.row_groups().iter().enumerate() {
            assert!(
                rg.num_rows() <= 2,
                "{}: row group of {}",
                t.name(),
                rg.num_rows()
            );
            assert!(
                i + 1 == n || rg.num_rows() == 2,
                "{}: short row group {i}",
                t.name()
            );
            for c in rg.columns() {
                assert!(matches!(
                    c.compression(),
                    parquet::basic::Compression::ZSTD(_)
                ));
            }
        }
    }
}

#[test]
fn every_file_carries_run_metadata() {
    let dir = tempfile::tempdir().unwrap();
    write_sample(dir.path(), WriteOptions::default());
    for t in Table::ALL {
        let kv = read_metadata(&dir.path().join(t.file_name())).unwrap();
        assert_eq!(kv["guihua.version"], "0.1.0");
        assert_eq!(kv["guihua.pipeline"], "yrd");
        assert_eq!(kv["guihua.dictionary_hash"], "blake3:0123abcd");
        assert_eq!(kv["guihua.created_by"], "guihua 0.1.0 (test)");
        assert_eq!(kv["guihua.threads"], "2");
        assert_eq!(kv["guihua.table"], t.name());
        assert_eq!(
            kv["guihua.schema_version"],
            guihua_store::schema::SCHEMA_VERSION
        );
        assert!(!kv.keys().any(|k| k.starts_with("ARROW:")));
        // pyarrow shows the embedded Arrow schema's metadata, so it must be there too.
        let f = fs::File::open(dir.path().join(t.file_name())).unwrap();
        let b = parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder::try_new(f).unwrap();
        let md = b.schema().metadata();
        assert_eq!(
            md.get("guihua.pipeline").map(String::as_str),
            Some("yrd"),
            "{}",
            t.name()
        );
        assert_eq!(md.get("guihua.table").map(String::as_str), Some(t.name()));
    }
}

#[test]
fn schemas_in_files_are_the_contract() {
    let dir = tempfile::tempdir().unwrap();
    write_sample(dir.path(), WriteOptions::default());
    for t in Table::ALL {
        for (_, b) in read_table_batches(dir.path(), t).unwrap() {
            let got = b.schema();
            let want = t.schema();
            assert_eq!(got.fields(), want.fields(), "{}", t.name());
        }
    }
}

#[test]
fn facts_merge_across_documents() {
    let dir = tempfile::tempdir().unwrap();
    write_sample(dir.path(), WriteOptions::default());
    let batches = read_table_batches(dir.path(), Table::Facts).unwrap();
    assert_eq!(batches.len(), 1);
    let b = &batches[0].1;
    let s = |name: &str, i: usize| {
        let a = b.column_by_name(name).unwrap().as_string::<i32>();
        a.is_valid(i).then(|| a.value(i).to_string())
    };
    let u = |name: &str, i: usize| {
        b.column_by_name(name)
            .unwrap()
            .as_primitive::<UInt32Type>()
            .value(i)
    };
    let rows: Vec<usize> = (0..b.num_rows()).collect();
    // Keys are sorted (head_key, predicate, tail_key).
    let keys: Vec<_> = rows
        .iter()
        .map(|&i| (s("head_key", i), s("predicate", i), s("tail_key", i)))
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);

    // 金山—平湖 (doc 1) and 平湖与金山 (doc 2) are one unordered fact.
    let coop: Vec<usize> = rows
        .iter()
        .copied()
        .filter(|&i| s("predicate", i).as_deref() == Some("COOPERATES_WITH"))
        .collect();
    assert_eq!(coop.len(), 1);
    let c = coop[0];
    assert_eq!(s("head_key", c).unwrap(), "PLACE:平湖市");
    assert_eq!(s("tail_key", c).unwrap(), "place:310116");
    assert_eq!(s("tail_entity_id", c).as_deref(), Some("place:310116"));
    assert_eq!(s("head_entity_id", c), None);
    assert_eq!((u("n_support", c), u("n_docs", c)), (2, 2));
    let ids = b
        .column_by_name("doc_ids")
        .unwrap()
        .as_list::<i32>()
        .value(c);
    let ids: Vec<&str> = ids.as_string::<i32>().iter().map(|x| x.unwrap()).collect();
    assert_eq!(ids, ["yrd/001_jiaxing.txt", "yrd/002_pinghu.html"]);
    assert_eq!(s("first_doc_id", c).unwrap(), "yrd/001_jiaxing.txt");
    assert_eq!(s("first_evidence", c).unwrap(), "深化金山—平湖合作。");

    // A DOC head is keyed by the document subject.
    let has_target: Vec<usize> = rows
        .iter()
        .copied()
        .filter(|&i| s("predicate", i).as_deref() == Some("HAS_TARGET"))
        .collect();
    assert_eq!(has_target.len(), 2);
    for &i in &has_target {
        assert_eq!(s("head_key", i).unwrap(), "PLACE:嘉兴市");
        assert_eq!(s("head_norm", i).unwrap(), "嘉兴市");
    }
    // Implied ends (no mention) are keyed TYPE:norm.
    assert!(rows
        .iter()
        .any(|&i| s("tail_key", i).as_deref() == Some("PLACE:上海市")
            && s("head_key", i).as_deref() == Some("project:hsh-hsr")));
    // 10 relations, of which the two cooperation ones merge.
    assert_eq!(b.num_rows(), 9);
}

#[test]
fn facts_without_text_have_null_evidence_and_count_support() {
    let mut f = Facts::new();
    let (d, _) = sample_docs().remove(0);
    f.add_doc(&d, None);
    f.add_doc(&d, None);
    let facts = f.into_facts();
    assert_eq!(facts.len(), 8);
    for x in &facts {
        assert_eq!(x.first_evidence, None);
        assert_eq!(x.n_support, 2);
        assert_eq!(x.doc_ids, ["yrd/001_jiaxing.txt"]);
    }
    let coop = facts
        .iter()
        .find(|x| x.predicate == Predicate::CooperatesWith)
        .unwrap();
    assert!(coop.head.key <= coop.tail.key);
}

#[test]
fn reads_folders_of_part_files() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    let docs = sample_docs()
        .into_iter()
        .map(|(d, _)| d)
        .collect::<Vec<_>>();
    write_tables(
        a.path(),
        &docs[..1],
        &meta(),
        WriteOptions::default(),
        |_| None,
    )
    .unwrap();
    write_tables(
        b.path(),
        &docs[1..],
        &meta(),
        WriteOptions::default(),
        |_| None,
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    for t in Table::ALL {
        let folder = out.path().join(t.file_name());
        fs::create_dir_all(folder.join("shard=1")).unwrap();
        fs::rename(a.path().join(t.file_name()), folder.join("part-0.parquet")).unwrap();
        fs::rename(
            b.path().join(t.file_name()),
            folder.join("shard=1").join("part-1.parquet"),
        )
        .unwrap();
        fs::write(folder.join("_SUCCESS"), b"").unwrap();
        fs::write(folder.join(".part-2.parquet.tmp"), b"half written").unwrap();
    }
    assert_eq!(read_tables(out.path()).unwrap(), docs);
    let kv = read_metadata(&out.path().join("targets.parquet")).unwrap();
    assert_eq!(kv["guihua.table"], "targets");
}

#[test]
fn dropping_an_unfinished_writer_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let mut w = TableWriter::create(&out, &meta(), WriteOptions::default()).unwrap();
    for (d, t) in sample_docs() {
        w.push(&d, Some(&t)).unwrap();
    }
    assert_eq!(names(&out).len(), 5, "five temporaries while writing");
    assert!(names(&out)
        .iter()
        .all(|n| n.starts_with('.') && n.ends_with(".tmp")));
    drop(w);
    assert!(names(&out).is_empty());
}

#[test]
fn rewriting_replaces_the_previous_run() {
    let dir = tempfile::tempdir().unwrap();
    write_sample(dir.path(), WriteOptions::default());
    let docs = sample_docs()
        .into_iter()
        .map(|(d, _)| d)
        .take(1)
        .collect::<Vec<_>>();
    write_tables(dir.path(), &docs, &meta(), WriteOptions::default(), |_| {
        None
    })
    .unwrap();
    assert_eq!(read_tables(dir.path()).unwrap(), docs);
}

#[test]
fn errors_name_the_file_and_the_problem() {
    let dir = tempfile::tempdir().unwrap();
    write_sample(dir.path(), WriteOptions::default());

    // Missing table.
    fs::remove_file(dir.path().join("targets.parquet")).unwrap();
    let e = read_tables(dir.path()).unwrap_err();
    assert!(matches!(e, StoreError::MissingTable { .. }));
    assert!(e.to_string().contains("targets.parquet"), "{e}");

    // Not Parquet.
    fs::write(dir.path().join("targets.parquet"), b"not parquet").unwrap();
    let e = read_tables(dir.path()).unwrap_err();
    assert!(matches!(e, StoreError::Parquet { .. }), "{e}");
    assert!(e.to_string().contains("targets.parquet"), "{e}");

    // A table with a required column missing: the documents table where the
    // mentions table should be.
    fs::remove_file(dir.path().join("targets.parquet")).unwrap();
    fs::copy(
        dir.path().join("documents.parquet"),
        dir.path().join("targets.parquet"),
    )
    .unwrap();
    let e = read_tables(dir.path()).unwrap_err();
    let msg = e.to_string();
    assert!(matches!(e, StoreError::Column { .. }), "{msg}");
    assert!(
        msg.contains("targets.parquet") && msg.contains("mention_id") && msg.contains("missing"),
        "{msg}"
    );
}

#[test]
fn synthetic_run_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let docs = synthetic_docs(50, 40);
    let opts = WriteOptions {
        row_group_rows: 500,
        zstd_level: 3,
    };
    let stats = write_tables(dir.path(), &docs, &meta(), opts, |_| None).unwrap();
    assert_eq!(stats.mentions, 2000);
    assert_eq!(read_tables(dir.path()).unwrap(), docs);
}

#[test]
fn row_groups_are_full_sized_in_streamed_runs() {
    let dir = tempfile::tempdir().unwrap();
    let docs = synthetic_docs(30, 37);
    let opts = WriteOptions {
        row_group_rows: 100,
        zstd_level: 1,
    };
    let mut w = TableWriter::create(dir.path(), &meta(), opts).unwrap();
    for d in &docs {
        w.push(d, None).unwrap();
    }
    let stats = w.finish().unwrap();
    assert_eq!(stats.mentions, 30 * 37);
    use parquet::file::reader::FileReader;
    let f = fs::File::open(dir.path().join("mentions.parquet")).unwrap();
    let r = parquet::file::reader::SerializedFileReader::new(f).unwrap();
    let sizes: Vec<i64> = r
        .metadata()
        .row_groups()
        .iter()
        .map(|g| g.num_rows())
        .collect();
    assert_eq!(sizes.len(), 12, "{sizes:?}");
    assert!(sizes[..11].iter().all(|&n| n == 100), "{sizes:?}");
    assert_eq!(sizes[11], 10);
}

#[test]
fn a_part_folder_in_the_way_is_refused_before_writing() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("relations.parquet")).unwrap();
    let e = TableWriter::create(dir.path(), &meta(), WriteOptions::default())
        .err()
        .unwrap();
    assert!(e.to_string().contains("relations.parquet"), "{e}");
    assert_eq!(names(dir.path()), ["relations.parquet"]);
}

#[test]
fn streaming_a_part_gives_what_read_tables_gives() {
    let dir = tempfile::tempdir().unwrap();
    // Tiny batches: documents straddle batch boundaries in every table.
    let opts = WriteOptions {
        row_group_rows: 2,
        zstd_level: 1,
    };
    let docs = synthetic_docs(40, 5);
    write_tables(dir.path(), &docs, &meta(), opts, |_| None).unwrap();
    let whole = read_tables(dir.path()).unwrap();
    assert_eq!(whole, docs);
    for batch_rows in [1, 3, 1024] {
        let mut streamed = Vec::new();
        for_each_doc::<StoreError>(
            |t| dir.path().join(t.file_name()),
            batch_rows,
            |d| {
                streamed.push(d);
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(streamed, whole, "batch_rows {batch_rows}");
    }
}

#[test]
fn streaming_refuses_rows_out_of_document_order() {
    let dir = tempfile::tempdir().unwrap();
    let docs = synthetic_docs(6, 3);
    assert!(docs.iter().filter(|d| !d.mentions.is_empty()).count() >= 2);
    // Mentions written in reverse document order.
    let m = tempfile::tempdir().unwrap();
    let mut rev = docs.clone();
    rev.reverse();
    write_tables(dir.path(), &docs, &meta(), WriteOptions::default(), |_| {
        None
    })
    .unwrap();
    write_tables(m.path(), &rev, &meta(), WriteOptions::default(), |_| None).unwrap();
    let r = for_each_doc::<StoreError>(
        |t| match t {
            Table::Mentions => m.path().join(t.file_name()),
            _ => dir.path().join(t.file_name()),
        },
        1024,
        |_| Ok(()),
    );
    assert!(matches!(r, Err(StoreError::Inconsistent { .. })), "{r:?}");
}

#[test]
fn facts_written_alone_equal_the_writers_facts() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    let sample = sample_docs();
    let docs: Vec<DocResult> = sample.iter().map(|(d, _)| d.clone()).collect();
    write_tables(a.path(), &docs, &meta(), WriteOptions::default(), |d| {
        sample
            .iter()
            .find(|(x, _)| x.doc.doc_id == d.doc.doc_id)
            .map(|(_, t)| t.as_str())
    })
    .unwrap();
    let mut w =
        TableWriter::create_without_facts(b.path(), &meta(), WriteOptions::default()).unwrap();
    let mut facts = Facts::new();
    for (d, t) in &sample {
        w.push(d, Some(t)).unwrap();
        facts.add_doc(d, Some(t));
    }
    let stats = w.finish().unwrap();
    assert_eq!((stats.files.len(), stats.facts), (4, 0));
    assert!(!b.path().join("facts.parquet").exists());
    let fs_ = write_facts(b.path(), &meta(), &WriteOptions::default(), facts).unwrap();
    assert!(fs_.facts > 0);
    for t in Table::ALL {
        assert_eq!(
            fs::read(a.path().join(t.file_name())).unwrap(),
            fs::read(b.path().join(t.file_name())).unwrap(),
            "{}",
            t.name()
        );
    }
    // The evidence of every fact, as a rerun reads it back.
    let mut ev = Vec::new();
    for_each_fact_evidence::<StoreError>(&b.path().join("facts.parquet"), |d, s, e, t| {
        ev.push((d.to_string(), s, e, t.map(str::to_string)));
        Ok(())
    })
    .unwrap();
    assert_eq!(ev.len() as u64, fs_.facts);
    assert!(ev.iter().any(|x| x.3.is_some()));
}
