//! The progress bar and the per-document log lines of a run.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;

/// A progress bar on standard error (documents, MB, MB/s, ETA) when it is a
/// terminal and asked for; otherwise nothing is drawn. Log lines go above
/// the bar, or straight to standard error without one.
pub struct Progress {
    bar: Option<ProgressBar>,
    docs_total: usize,
    docs_done: usize,
    log: bool,
}

impl Progress {
    /// `show`: draw a bar if standard error is a terminal. `log`: print
    /// `warning: <doc_id>: <reason>` lines.
    pub fn new(show: bool, log: bool, docs_total: usize, bytes_total: u64) -> Progress {
        let bar = (show && std::io::stderr().is_terminal()).then(|| {
            let b = ProgressBar::with_draw_target(Some(bytes_total), ProgressDrawTarget::stderr());
            b.set_style(
                ProgressStyle::with_template(
                    "{bar:30} {msg} docs  {decimal_bytes}/{decimal_total_bytes}  {decimal_bytes_per_sec}  ETA {eta}",
                )
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
            );
            b.set_message(format!("0/{docs_total}"));
            b
        });
        Progress {
            bar,
            docs_total,
            docs_done: 0,
            log,
        }
    }

    /// One document done.
    pub fn done(&mut self, bytes: u64) {
        self.docs_done += 1;
        if let Some(b) = &self.bar {
            b.inc(bytes);
            b.set_message(format!("{}/{}", self.docs_done, self.docs_total));
        }
    }

    /// A line naming a document.
    pub fn warn(&self, doc_id: &str, reason: &str) {
        if !self.log {
            return;
        }
        let line = format!("warning: {doc_id}: {reason}");
        match &self.bar {
            Some(b) => b.println(line),
            None => eprintln!("{line}"),
        }
    }

    /// Removes the bar.
    pub fn finish(&self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.finish();
    }
}
