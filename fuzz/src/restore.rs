//! The `restore` target: snapshots of real runs (paused at host calls, and
//! finished), restored as they are (the run must continue to the same
//! output as an uninterrupted one) and mutated (bit flips, truncations,
//! overwritten words, splices of two snapshots; half of the mutants get a
//! repaired length and checksum so the damage reaches deserialisation and
//! the evaluator): `Ctx::restore` must return an error or a context that
//! runs to some end, never panic or crash.

use pyex::{Ctx, HostModule, HostValue, Options, Outcome, Program, Reply};

use crate::rng::Rng;
use crate::targets::{limited_ctx, small_limits, Verdict};

/// Host calls answered per run (bounds a mutated run that keeps calling).
const MAX_CALLS: usize = 50;

/// `source` with `import hostmod` and host calls between its top-level statements.
pub fn with_host_calls(source: &str, rng: &mut Rng) -> String {
    let mut out = String::from("import hostmod\n");
    let mut calls = 0;
    let mut decorated = false;
    for line in source.lines() {
        let top = !line.starts_with(' ')
            && !line.starts_with("else")
            && !line.starts_with("elif")
            && !line.starts_with("except")
            && !line.starts_with("finally")
            && !line.starts_with("case")
            && !line.starts_with('@');
        if top && !decorated && !line.is_empty() && calls < 4 && rng.chance(15) {
            calls += 1;
            out.push_str(&format!(
                "print('host', hostmod.fetch({calls}, tag='t{calls}'))\n"
            ));
        }
        decorated = line.starts_with('@');
        out.push_str(line);
        out.push('\n');
    }
    out.push_str("print('host', hostmod.fetch(99))\n");
    out
}

/// The options of a run with the `hostmod` host module.
fn host_options() -> Options {
    Options {
        host_modules: vec![HostModule::new("hostmod", &["fetch"])],
        ..Options::default()
    }
}

/// The reply to the `n`th host call.
fn reply(n: usize) -> Reply {
    if n % 5 == 4 {
        Reply::Error {
            kind: "KeyError".into(),
            message: format!("missing {n}"),
        }
    } else {
        Reply::Value(HostValue::Int(n as i64 * 10))
    }
}

/// Runs `ctx` on from `first` (a run or resume result), answering host
/// calls; returns the snapshots taken at each pause and the final stdout.
fn drive(
    ctx: &mut Ctx,
    first: Result<Outcome, pyex::PyError>,
    snapshots: &mut Vec<(Vec<u8>, usize)>,
    calls_done: usize,
) -> String {
    let mut result = first;
    let mut n = calls_done;
    while n < MAX_CALLS {
        match result {
            Ok(Outcome::HostCall(_)) => {
                snapshots.push((ctx.snapshot(), n));
                result = ctx.resume(reply(n));
                n += 1;
            }
            Ok(Outcome::HostCalls(calls)) => {
                let replies = calls.iter().map(|c| (c.id, reply(n))).collect();
                result = ctx.resume_many(replies);
                n += 1;
            }
            Ok(Outcome::Done(_)) | Err(_) => break,
        }
    }
    ctx.stdout().to_owned()
}

/// The restore checks for one generated program.
pub fn check_restore(program_source: &str, rng: &mut Rng) -> Verdict {
    let source = with_host_calls(program_source, rng);
    let Ok(program) = Program::compile(&source, "main.py") else {
        return Verdict::Ok;
    };
    let mut ctx = limited_ctx(&source, host_options());
    let mut snapshots = Vec::new();
    let first = ctx.run(&program);
    let full = drive(&mut ctx, first, &mut snapshots, 0);
    snapshots.push((ctx.snapshot(), usize::MAX));
    let limited = ctx.limit_exceeded().is_some();
    // Restored as they are, paused snapshots finish like the uninterrupted run.
    for (bytes, calls) in &snapshots {
        let Ok(mut restored) = Ctx::restore(bytes) else {
            return Verdict::Fail("mismatch", "a real snapshot does not restore".into());
        };
        if *calls == usize::MAX || limited {
            continue;
        }
        let first = restored.resume(reply(*calls));
        let out = drive(&mut restored, first, &mut Vec::new(), calls + 1);
        if out != full && restored.limit_exceeded().is_none() {
            return Verdict::Fail(
                "mismatch",
                format!(
                    "restored at host call {calls}, the run printed\n{out}\ninstead of\n{full}"
                ),
            );
        }
    }
    for _ in 0..4 {
        let a = &snapshots[rng.below(snapshots.len())].0;
        let b = &snapshots[rng.below(snapshots.len())].0;
        let mutant = mutate(a, b, rng);
        // `PYEX_FUZZ_DUMP=FILE` keeps the mutant being run (the one that
        // crashed, when the run ends in a crash): a regression input.
        if let Some(path) = std::env::var_os("PYEX_FUZZ_DUMP") {
            let _ = std::fs::write(path, &mutant);
        }
        run_mutant(&mutant, &program);
    }
    Verdict::Ok
}

/// Restores `bytes` and, if that works, runs the context on (a `.snap`
/// regression input: `fuzz/regressions/restore-*.snap`) under the small
/// limits: the damage may have rewritten the snapshot's own limits (a
/// repaired checksum makes it a crafted snapshot, which the host guards
/// against by re-imposing its limits, `Ctx::set_limits`), and a restored
/// context must obey the limits it runs under.
pub fn run_mutant(bytes: &[u8], program: &Program) {
    let Ok(mut ctx) = Ctx::restore(bytes) else {
        return;
    };
    ctx.set_limits(small_limits());
    let first = if ctx.pending_calls().is_empty() {
        ctx.run(program)
    } else {
        ctx.resume(reply(0))
    };
    let _ = drive(&mut ctx, first, &mut Vec::new(), 1);
    let _ = ctx.snapshot();
}

/// Snapshot header size (magic, version, length, checksum): `core/src/snapshot.rs`.
const HEADER: usize = 28;

/// A damaged copy of snapshot `a` (spliced with `b`).
pub fn mutate(a: &[u8], b: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut out = a.to_vec();
    for _ in 0..=rng.below(3) {
        if out.is_empty() {
            break;
        }
        match rng.below(5) {
            0 => {
                let i = rng.below(out.len());
                out[i] ^= 1 << rng.below(8);
            }
            1 => out.truncate(rng.below(out.len())),
            2 => {
                let i = rng.below(out.len());
                let word = rng.next_u64().to_le_bytes();
                let n = (out.len() - i).min(rng.below(8) + 1);
                out[i..i + n].copy_from_slice(&word[..n]);
            }
            3 => {
                let i = rng.below(out.len());
                let j = rng.below(b.len().max(1));
                out.truncate(i);
                out.extend_from_slice(b.get(j..).unwrap_or_default());
            }
            _ => {
                // A small integer field: lengths, indexes and tags live here.
                let i = HEADER + rng.below(out.len().saturating_sub(HEADER).max(1));
                if let Some(byte) = out.get_mut(i) {
                    *byte = *rng.pick(&[0, 1, 2, 0x7f, 0x80, 0xff]);
                }
            }
        }
    }
    if rng.chance(50) {
        repair(&mut out);
    }
    out
}

/// Rewrites the header's body length and checksum to match the body.
fn repair(bytes: &mut [u8]) {
    if bytes.len() < HEADER {
        return;
    }
    let (header, body) = bytes.split_at_mut(HEADER);
    header[12..20].copy_from_slice(&(body.len() as u64).to_le_bytes());
    header[20..28].copy_from_slice(&checksum(body).to_le_bytes());
}

/// The snapshot checksum, a copy of `core/src/snapshot.rs`'s `checksum`
/// (crate-private there; a snapshot test fails if the two drift apart).
pub fn checksum(bytes: &[u8]) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut h: u64 = 0xCBF2_9CE4_8422_2325 ^ (bytes.len() as u64);
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        h = (h ^ u64::from_le_bytes(word))
            .wrapping_mul(K)
            .rotate_left(29);
    }
    let mut tail = [0u8; 8];
    tail[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    h = (h ^ u64::from_le_bytes(tail))
        .wrapping_mul(K)
        .rotate_left(29);
    h ^= h >> 33;
    h = h.wrapping_mul(0xFF51_AFD7_ED55_8CCD);
    h ^= h >> 33;
    h
}
