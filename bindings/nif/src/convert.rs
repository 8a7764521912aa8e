//! Elixir terms ↔ [`HostValue`], as the Elixir API documents them:
//! `nil`/`true`/`false` ↔ `None`/`True`/`False`, integers (any size) ↔ `int`,
//! floats ↔ `float` (`:nan`, `:infinity`, `:neg_infinity` stand for the floats
//! Erlang cannot hold), UTF-8 binaries ↔ `str`, `{:bytes, binary}` ↔ `bytes`,
//! lists ↔ `list`, tuples ↔ `tuple`, maps ↔ `dict`, `MapSet` ↔ `set`
//! (a `frozenset` also becomes a `MapSet`); other atoms become `str`.
//! Anything else is an error naming what could not be converted.

use std::sync::atomic::{AtomicBool, Ordering};

use num_bigint::BigInt;
use pyex::HostValue;
use rustler::types::tuple::{get_tuple, make_tuple};
use rustler::{Binary, Encoder, Env, ListIterator, MapIterator, OwnedBinary, Term, TermType};

use crate::atoms;

/// Deeper values are refused (both directions recurse on the Rust stack).
const MAX_DEPTH: u32 = 1000;

/// An Elixir term as a Python value.
pub(crate) fn decode(term: Term<'_>) -> Result<HostValue, String> {
    decode_at(term, 0)
}

fn decode_at(term: Term<'_>, depth: u32) -> Result<HostValue, String> {
    if depth > MAX_DEPTH {
        return Err(format!(
            "cannot convert a term nested deeper than {MAX_DEPTH} levels to a Python value"
        ));
    }
    match term.get_type() {
        TermType::Atom => Ok(decode_atom(term)),
        TermType::Integer => term
            .decode::<i64>()
            .map(HostValue::Int)
            .or_else(|_| term.decode::<BigInt>().map(HostValue::BigInt))
            .map_err(|_| unconvertible(term)),
        TermType::Float => term
            .decode::<f64>()
            .map(HostValue::Float)
            .map_err(|_| unconvertible(term)),
        TermType::Binary => decode_str(term),
        TermType::List => decode_list(term, depth),
        TermType::Tuple => decode_tuple(term, depth),
        TermType::Map => decode_map(term, depth),
        _ => Err(unconvertible(term)),
    }
}

fn unconvertible(term: Term<'_>) -> String {
    let shown: String = format!("{term:?}").chars().take(80).collect();
    format!("cannot convert {shown} to a Python value")
}

fn decode_atom(term: Term<'_>) -> HostValue {
    let name = term.atom_to_string().unwrap_or_default();
    match name.as_str() {
        "nil" => HostValue::None,
        "true" => HostValue::Bool(true),
        "false" => HostValue::Bool(false),
        "nan" => HostValue::Float(f64::NAN),
        "infinity" => HostValue::Float(f64::INFINITY),
        "neg_infinity" => HostValue::Float(f64::NEG_INFINITY),
        _ => HostValue::Str(name),
    }
}

fn decode_str(term: Term<'_>) -> Result<HostValue, String> {
    let binary = Binary::from_term(term).map_err(|_| unconvertible(term))?;
    match std::str::from_utf8(binary.as_slice()) {
        Ok(s) => Ok(HostValue::Str(s.to_owned())),
        Err(_) => Err(
            "cannot convert a binary that is not UTF-8 to a Python str (pass bytes as {:bytes, binary})"
                .to_owned(),
        ),
    }
}

fn decode_list(term: Term<'_>, depth: u32) -> Result<HostValue, String> {
    // ListIterator panics at the tail of an improper list: measure the list first.
    let improper = || "cannot convert an improper list to a Python value".to_owned();
    term.list_length().map_err(|_| improper())?;
    let items: ListIterator = term.decode().map_err(|_| improper())?;
    let items = items
        .map(|item| decode_at(item, depth + 1))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(HostValue::List(items))
}

fn decode_tuple(term: Term<'_>, depth: u32) -> Result<HostValue, String> {
    let items = get_tuple(term).map_err(|_| unconvertible(term))?;
    if let [tag, payload] = items.as_slice() {
        if tag.decode::<rustler::Atom>().ok() == Some(atoms::bytes()) {
            let binary =
                Binary::from_term(*payload).map_err(|_| "{:bytes, _} needs a binary".to_owned())?;
            return Ok(HostValue::Bytes(binary.as_slice().to_vec()));
        }
    }
    let items = items
        .into_iter()
        .map(|item| decode_at(item, depth + 1))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(HostValue::Tuple(items))
}

fn decode_map(term: Term<'_>, depth: u32) -> Result<HostValue, String> {
    if let Ok(name) = term.map_get(atoms::__struct__()) {
        let name = name.atom_to_string().unwrap_or_default();
        if name == "Elixir.MapSet" {
            return decode_mapset(term, depth);
        }
        let name = name.strip_prefix("Elixir.").unwrap_or(&name);
        return Err(format!(
            "cannot convert a %{name}{{}} struct to a Python value"
        ));
    }
    let entries = MapIterator::new(term).ok_or_else(|| unconvertible(term))?;
    let mut pairs = Vec::new();
    for (key, value) in entries {
        let key = hashable_key(decode_at(key, depth + 1)?)?;
        pairs.push((key, decode_at(value, depth + 1)?));
    }
    Ok(HostValue::Dict(pairs))
}

fn decode_mapset(term: Term<'_>, depth: u32) -> Result<HostValue, String> {
    let inner = term
        .map_get(atoms::map())
        .map_err(|_| "a MapSet without its map".to_owned())?;
    let members = MapIterator::new(inner).ok_or_else(|| unconvertible(term))?;
    let items = members
        .map(|(key, _)| decode_at(key, depth + 1).and_then(hashable_key))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(HostValue::Set(items))
}

/// `key` if Python can hash it (a dict key or set member), else CPython's complaint.
fn hashable_key(key: HostValue) -> Result<HostValue, String> {
    match unhashable_type(&key) {
        Some(name) => Err(format!("unhashable type: '{name}'")),
        None => Ok(key),
    }
}

fn unhashable_type(value: &HostValue) -> Option<&'static str> {
    match value {
        HostValue::List(_) => Some("list"),
        HostValue::Dict(_) => Some("dict"),
        HostValue::Set(_) => Some("set"),
        HostValue::Tuple(items) => items.iter().find_map(unhashable_type),
        _ => None,
    }
}

/// A Python value as an Elixir term; a value with no plain-data form (an
/// instance, a function, ...) is an error quoting its repr.
pub(crate) fn encode<'a>(env: Env<'a>, value: &HostValue) -> Result<Term<'a>, String> {
    Ok(match value {
        HostValue::None => atoms::nil().encode(env),
        HostValue::Bool(b) => b.encode(env),
        HostValue::Int(i) => i.encode(env),
        HostValue::BigInt(b) => b.encode(env),
        HostValue::Float(f) => encode_float(env, *f),
        HostValue::Str(s) => s.encode(env),
        HostValue::Bytes(b) => (atoms::bytes(), binary(env, b)).encode(env),
        HostValue::List(items) => encode_all(env, items)?.encode(env),
        HostValue::Tuple(items) => make_tuple(env, &encode_all(env, items)?),
        HostValue::Dict(pairs) => encode_dict(env, pairs)?,
        HostValue::Set(items) | HostValue::FrozenSet(items) => encode_mapset(env, items)?,
        HostValue::Opaque(repr) => {
            let shown: String = repr.chars().take(80).collect();
            return Err(format!("cannot convert {shown} to an Elixir term"));
        }
    })
}

fn encode_float(env: Env<'_>, f: f64) -> Term<'_> {
    if f.is_nan() {
        atoms::nan().encode(env)
    } else if f == f64::INFINITY {
        atoms::infinity().encode(env)
    } else if f == f64::NEG_INFINITY {
        atoms::neg_infinity().encode(env)
    } else {
        f.encode(env)
    }
}

/// `bytes` as an Erlang binary.
pub(crate) fn binary<'a>(env: Env<'a>, bytes: &[u8]) -> Term<'a> {
    match OwnedBinary::new(bytes.len()) {
        Some(mut owned) => {
            owned.as_mut_slice().copy_from_slice(bytes);
            owned.release(env).encode(env)
        }
        None => atoms::nil().encode(env),
    }
}

fn encode_all<'a>(env: Env<'a>, items: &[HostValue]) -> Result<Vec<Term<'a>>, String> {
    items.iter().map(|item| encode(env, item)).collect()
}

fn encode_dict<'a>(env: Env<'a>, pairs: &[(HostValue, HostValue)]) -> Result<Term<'a>, String> {
    let mut map = Term::map_new(env);
    for (key, value) in pairs {
        let (key, value) = (encode(env, key)?, encode(env, value)?);
        map = map
            .map_put(key, value)
            .map_err(|_| "cannot build an Elixir map".to_owned())?;
    }
    Ok(map)
}

/// Whether this Elixir's `MapSet` has a `version` field (Elixir 1.14 and
/// earlier: `%MapSet{map: ..., version: 2}`; 1.15+ has only `map`, a `:sets` v2
/// map of the same form).
static MAPSET_HAS_VERSION: AtomicBool = AtomicBool::new(true);

/// Records the shape of `empty`, the `MapSet.new()` the Elixir side loads the NIF with.
pub(crate) fn learn_mapset_shape(empty: Term<'_>) {
    if empty.is_map() {
        let has_version = empty.map_get(atoms::version()).is_ok();
        MAPSET_HAS_VERSION.store(has_version, Ordering::Relaxed);
    }
}

/// `%MapSet{map: %{member => []}}` (plus `version: 2` where this Elixir has it),
/// the struct `MapSet.new/1` builds.
fn encode_mapset<'a>(env: Env<'a>, items: &[HostValue]) -> Result<Term<'a>, String> {
    let empty: Vec<Term<'a>> = Vec::new();
    let mut members = Term::map_new(env);
    for item in items {
        members = members
            .map_put(encode(env, item)?, empty.encode(env))
            .map_err(|_| "cannot build a MapSet".to_owned())?;
    }
    let mapset = rustler::Atom::from_str(env, "Elixir.MapSet")
        .map_err(|_| "cannot build a MapSet".to_owned())?;
    let mut keys = vec![atoms::__struct__().encode(env), atoms::map().encode(env)];
    let mut values = vec![mapset.encode(env), members];
    if MAPSET_HAS_VERSION.load(Ordering::Relaxed) {
        keys.push(atoms::version().encode(env));
        values.push(2.encode(env));
    }
    Term::map_from_term_arrays(env, &keys, &values).map_err(|_| "cannot build a MapSet".to_owned())
}
