//! `pyex-fuzz`: fuzzes the parser, the compiler, the evaluator and snapshot
//! restore with generated programs and mutated conformance cases, and
//! compares pyex with CPython on generated programs.
//!
//! ```text
//! pyex-fuzz --target parse|compile|eval|restore|diff|all --seed S
//!           (--iterations N | --seconds T) --out DIR [--corpus DIR] [--from I]
//! pyex-fuzz --target T --replay FILE [--seed S --from I]   one input, in process
//! pyex-fuzz --target T --print --seed S --from I           the input at index I
//! ```
//!
//! Pipeline: `gen/` writes typed, terminating programs; `mutate.rs` damages
//! conformance cases; `targets.rs`, `restore.rs` and `diff.rs` check one
//! input; `worker.rs` runs inputs in a child process (catching panics,
//! watching for hangs, on a 16 MiB stack); `supervisor.rs` restarts workers
//! that die and records the input that killed them; `report.rs` writes
//! failing inputs.

pub mod diff;
pub mod gen;
pub mod mutate;
pub mod report;
pub mod restore;
pub mod rng;
pub mod supervisor;
pub mod targets;
pub mod worker;
