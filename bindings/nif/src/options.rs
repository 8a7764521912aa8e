//! The options map the Elixir side builds (`Pyex.Ctx`) → `pyex::Options`.
//!
//! Keys (atoms; a missing key or `nil` keeps the core's default):
//! `host_modules: [{name, [function]}]`, `async_functions: [{name, [function]}]`
//! (awaitable host functions), `timeout_ms`, `memory_bytes`,
//! `recursion_limit`, `stdin: binary`, `env: [{name, value}]`, `argv: [binary]`,
//! `files: [{path, binary}]` (an in-memory filesystem), `filesystem: :memory |
//! :denied | :local` (`local_root: binary`, a host directory), `max_steps`,
//! `max_output_bytes`, `max_open_files`, `max_fs_bytes`, `profile: boolean`,
//! `network: [{prefix, [method], [{header, value}]}]`, `capabilities: [binary]`.

use std::time::Duration;

use pyex::{HostModule, Options};
use rustler::{Binary, Term};

/// `pyex::Options` from the Elixir options map, or a message naming the bad key.
pub(crate) fn decode_options(term: Term<'_>) -> Result<Options, String> {
    let mut options = Options::default();
    if let Some(modules) = field::<Vec<(String, Vec<String>)>>(term, "host_modules")? {
        options.host_modules = modules
            .into_iter()
            .map(|(name, functions)| HostModule {
                name,
                functions,
                async_functions: Vec::new(),
            })
            .collect();
    }
    if let Some(modules) = field::<Vec<(String, Vec<String>)>>(term, "async_functions")? {
        for (name, functions) in modules {
            if !options.host_modules.iter().any(|m| m.name == name) {
                options.host_modules.push(HostModule::new(&name, &[]));
            }
            if let Some(module) = options.host_modules.iter_mut().find(|m| m.name == name) {
                module.async_functions.extend(functions);
            }
        }
    }
    if let Some(ms) = field::<u64>(term, "timeout_ms")? {
        options.limits.time = Some(Duration::from_millis(ms));
    }
    if let Some(bytes) = field::<u64>(term, "memory_bytes")? {
        options.limits.memory = Some(usize::try_from(bytes).unwrap_or(usize::MAX));
    }
    decode_limits(term, &mut options.limits)?;
    options.profile = field::<bool>(term, "profile")?.unwrap_or(false);
    if let Some(limit) = field::<u64>(term, "recursion_limit")? {
        options.recursion_limit = usize::try_from(limit).unwrap_or(usize::MAX);
    }
    options.stdin = field::<String>(term, "stdin")?;
    if let Some(env) = field::<Vec<(String, String)>>(term, "env")? {
        options.env = env;
    }
    if let Some(network) =
        field::<Vec<(String, Vec<String>, Vec<(String, String)>)>>(term, "network")?
    {
        options.network = network
            .into_iter()
            .map(|(prefix, methods, headers)| pyex::io::NetworkGrant {
                allowed_url_prefix: prefix,
                methods: methods.iter().map(|m| m.to_ascii_uppercase()).collect(),
                headers,
            })
            .collect();
    }
    if let Some(capabilities) = field::<Vec<String>>(term, "capabilities")? {
        options.capabilities = capabilities;
    }
    if let Some(argv) = field::<Vec<String>>(term, "argv")? {
        options.argv = argv;
    }
    options.fs = decode_fs(term)?;
    Ok(options)
}

/// The step, output, open-file and filesystem-size limits.
fn decode_limits(term: Term<'_>, limits: &mut pyex::Limits) -> Result<(), String> {
    let size = |n: u64| usize::try_from(n).unwrap_or(usize::MAX);
    limits.steps = field::<u64>(term, "max_steps")?;
    limits.output = field::<u64>(term, "max_output_bytes")?.map(size);
    limits.open_files = field::<u64>(term, "max_open_files")?.map(size);
    limits.fs_bytes = field::<u64>(term, "max_fs_bytes")?.map(size);
    Ok(())
}

/// The filesystem: `:denied`, `:local` (at `local_root`), or memory holding `files`.
fn decode_fs(term: Term<'_>) -> Result<pyex::fs::Fs, String> {
    if let Some(kind) = field::<rustler::Atom>(term, "filesystem")? {
        let name = kind
            .to_term(term.get_env())
            .atom_to_string()
            .unwrap_or_default();
        if name == "denied" {
            return Ok(pyex::fs::Fs::Denied);
        }
        if name == "local" {
            let root = field::<String>(term, "local_root")?.unwrap_or_default();
            return pyex::fs::Fs::local(&root)
                .map_err(|e| format!("filesystem: cannot use {root:?} as a local root ({e})"));
        }
        if name == "s3" {
            return decode_s3(term);
        }
    }
    let files = field::<Vec<(String, Binary<'_>)>>(term, "files")?.unwrap_or_default();
    Ok(pyex::fs::Fs::memory(files.iter().map(|(path, content)| {
        (path.as_str(), content.as_slice())
    })))
}

/// `Pyex.Filesystem.S3`: the map under `s3` (bucket, prefix, connection options).
fn decode_s3(term: Term<'_>) -> Result<pyex::fs::Fs, String> {
    let Some(map) = field::<Term<'_>>(term, "s3")? else {
        return Err("filesystem: s3 needs its bucket".to_owned());
    };
    let bucket = field::<String>(map, "bucket")?.unwrap_or_default();
    let prefix = field::<String>(map, "prefix")?.unwrap_or_default();
    let mut fs = pyex::fs::S3Fs::new(bucket, &prefix);
    fs.endpoint_url = field::<String>(map, "endpoint_url")?;
    fs.region = field::<String>(map, "region")?;
    fs.access_key_id = field::<String>(map, "access_key_id")?;
    fs.secret_access_key = field::<String>(map, "secret_access_key")?;
    Ok(pyex::fs::Fs::S3(fs))
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
