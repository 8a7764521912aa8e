//! The options map the Elixir side builds (`Pyex.Ctx`) → `pyex::Options`.
//!
//! Keys (atoms; a missing key or `nil` keeps the core's default):
//! `host_modules: [{name, [function]}]`, `timeout_ms`, `memory_bytes`,
//! `recursion_limit`, `stdin: binary`, `env: [{name, value}]`, `argv: [binary]`,
//! `files: [{path, binary}]` (an in-memory filesystem), `filesystem: :memory | :denied`.

use std::time::Duration;

use pyex::{HostModule, Options};
use rustler::{Binary, Term};

/// `pyex::Options` from the Elixir options map, or a message naming the bad key.
pub(crate) fn decode_options(term: Term<'_>) -> Result<Options, String> {
    let mut options = Options::default();
    if let Some(modules) = field::<Vec<(String, Vec<String>)>>(term, "host_modules")? {
        options.host_modules = modules
            .into_iter()
            .map(|(name, functions)| HostModule { name, functions })
            .collect();
    }
    if let Some(ms) = field::<u64>(term, "timeout_ms")? {
        options.limits.time = Some(Duration::from_millis(ms));
    }
    if let Some(bytes) = field::<u64>(term, "memory_bytes")? {
        options.limits.memory = Some(usize::try_from(bytes).unwrap_or(usize::MAX));
    }
    if let Some(limit) = field::<u64>(term, "recursion_limit")? {
        options.recursion_limit = usize::try_from(limit).unwrap_or(usize::MAX);
    }
    options.stdin = field::<String>(term, "stdin")?;
    if let Some(env) = field::<Vec<(String, String)>>(term, "env")? {
        options.env = env;
    }
    if let Some(argv) = field::<Vec<String>>(term, "argv")? {
        options.argv = argv;
    }
    options.fs = decode_fs(term)?;
    Ok(options)
}

/// The filesystem: `:denied`, or memory holding `files`.
fn decode_fs(term: Term<'_>) -> Result<pyex::fs::Fs, String> {
    if let Some(kind) = field::<rustler::Atom>(term, "filesystem")? {
        let name = kind
            .to_term(term.get_env())
            .atom_to_string()
            .unwrap_or_default();
        if name == "denied" {
            return Ok(pyex::fs::Fs::Denied);
        }
    }
    let files = field::<Vec<(String, Binary<'_>)>>(term, "files")?.unwrap_or_default();
    Ok(pyex::fs::Fs::memory(files.iter().map(|(path, content)| {
        (path.as_str(), content.as_slice())
    })))
}

/// The value at atom key `key`: `None` when missing or `nil`, an error when mistyped.
fn field<'a, T: rustler::Decoder<'a>>(map: Term<'a>, key: &str) -> Result<Option<T>, String> {
    let env = map.get_env();
    let Ok(atom) = rustler::Atom::from_str(env, key) else {
        return Ok(None);
    };
    match map.map_get(atom) {
        Err(_) => Ok(None),
        Ok(value) if value.is_atom() && value.atom_to_string().ok().as_deref() == Some("nil") => {
            Ok(None)
        }
        Ok(value) => value
            .decode::<T>()
            .map(Some)
            .map_err(|_| format!("bad value for the {key} option")),
    }
}
