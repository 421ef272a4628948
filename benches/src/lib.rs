//! Benchmarks live in benches/benches; see BENCHMARKS.md.
