//! The snapshot format: a `Vm` as bytes that survive a trip through a
//! database, another process or machine, and that are checked on the way back.
//!
//! Layout (little-endian): `PYEXSNAP` (8 bytes), format version (u32), body
//! length (u64), checksum of the body (u64), body: the template fingerprint
//! (u64) then bincode of the `Vm`.
//!
//! A `Vm` is stored relative to the process template it was copied from
//! (`Vm::from_template`): the heap's template chunks, the interner's base
//! names and the template's programs are not in the snapshot. The
//! fingerprint (a checksum of the whole template and the builtins table,
//! computed once per process) makes sure the reader's template is the same:
//! another build's snapshot is refused rather than misread.
//! Reading checks each part in order and names the first that is wrong:
//! `ValueError: invalid snapshot: <why>`. The checksum catches random
//! damage (any change inside one 8-byte word is always detected, wider
//! damage with probability 1 - 2^-64); deserialisation is bounded by the body
//! length, so even crafted bytes with a valid checksum cannot make it
//! allocate more than the input's size per container.

use bincode::Options as _;

use crate::eval::vm::Vm;
use crate::exc::PyError;

/// The first bytes of every snapshot.
const MAGIC: &[u8; 8] = b"PYEXSNAP";
/// Bumped whenever the serialised state changes shape.
pub(crate) const VERSION: u32 = 9;
/// Magic, version, length, checksum.
const HEADER: usize = 8 + 4 + 8 + 8;

/// A fast 64-bit checksum over 8-byte words: each step `h = rotl((h ^ w) * K, 29)`
/// is a bijection of `h` for a given word, so changing any one word always
/// changes the result (several GB/s: snapshots stay cheap).
pub(crate) fn checksum(bytes: &[u8]) -> u64 {
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
    // Final avalanche (murmur3's fmix64).
    h ^= h >> 33;
    h = h.wrapping_mul(0xFF51_AFD7_ED55_8CCD);
    h ^= h >> 33;
    h
}

/// The bincode settings of the body (fixed-width integers, as `bincode::serialize`).
fn options(limit: u64) -> impl bincode::Options {
    bincode::DefaultOptions::new()
        .with_fixint_encoding()
        .with_limit(limit)
}

/// The checksum of everything a snapshot leaves to the template: its heap
/// chunks, interned names, the rest of its state and the builtins table.
fn fingerprint() -> u64 {
    static FINGERPRINT: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    *FINGERPRINT.get_or_init(|| {
        let template = crate::eval::vm::template();
        let mut bytes = Vec::new();
        for slots in template.heap.all_slots() {
            let _ = options(u64::MAX).serialize_into(&mut bytes, slots);
        }
        let names: Vec<Box<str>> = template.interner.clone().into();
        let builtins: Vec<_> = crate::builtins::table_names().collect();
        let _ = options(u64::MAX).serialize_into(&mut bytes, &(names, builtins, template));
        let own = (&template.programs, &template.builtin_objects);
        let _ = options(u64::MAX).serialize_into(&mut bytes, &own);
        checksum(&bytes)
    })
}

/// `vm` as snapshot bytes.
pub(crate) fn write(vm: &Vm) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(HEADER + 4096);
    bytes.extend_from_slice(MAGIC);
    bytes.extend_from_slice(&VERSION.to_le_bytes());
    bytes.extend_from_slice(&[0; 16]);
    bytes.extend_from_slice(&fingerprint().to_le_bytes());
    // Serialising plain data into a Vec cannot fail.
    let _ = options(u64::MAX).serialize_into(&mut bytes, vm);
    let body = bytes.get(HEADER..).unwrap_or_default();
    let (len, sum) = (body.len() as u64, checksum(body));
    if let Some(header) = bytes.get_mut(12..HEADER) {
        header[..8].copy_from_slice(&len.to_le_bytes());
        header[8..].copy_from_slice(&sum.to_le_bytes());
    }
    bytes
}

/// `ValueError: invalid snapshot: <why>`.
fn invalid(why: &str) -> PyError {
    PyError {
        kind: "ValueError".to_owned(),
        message: format!("invalid snapshot: {why}"),
        traceback: String::new(),
    }
}

/// The little-endian u64 at `at` of the header.
fn word(bytes: &[u8], at: usize) -> u64 {
    let mut w = [0u8; 8];
    if let Some(slice) = bytes.get(at..at + 8) {
        w.copy_from_slice(slice);
    }
    u64::from_le_bytes(w)
}

/// The `Vm` in snapshot bytes, or why they are not a valid snapshot.
pub(crate) fn read(bytes: &[u8]) -> Result<Vm, PyError> {
    if bytes.get(..8) != Some(MAGIC.as_slice()) {
        return Err(invalid("not a pyex snapshot (bad magic)"));
    }
    if bytes.len() < HEADER {
        return Err(invalid("truncated header"));
    }
    let mut version = [0u8; 4];
    version.copy_from_slice(&bytes[8..12]);
    let version = u32::from_le_bytes(version);
    if version != VERSION {
        return Err(invalid(&format!(
            "format version {version}, this build reads version {VERSION}"
        )));
    }
    let body = &bytes[HEADER..];
    let len = word(bytes, 12);
    if len != body.len() as u64 {
        return Err(invalid(&format!(
            "length {} bytes, the header says {len} (truncated or extended)",
            body.len()
        )));
    }
    if checksum(body) != word(bytes, 20) {
        return Err(invalid("checksum mismatch (corrupted)"));
    }
    if word(bytes, HEADER) != fingerprint() {
        return Err(invalid("made by a different build/template"));
    }
    let state = body.get(8..).unwrap_or_default();
    options(len)
        .deserialize(state)
        .map_err(|e| invalid(&format!("undecodable state ({e})")))
}

/// Serde of `Vm::programs` relative to the template: its programs are not
/// stored, an embedded stdlib module's program is stored by name (every
/// process of the build compiles the same source), and any other program as
/// its encoding, made once per program and decoded once per process (a cache
/// keyed by the bytes: restoring the same app again shares its `Program`).
pub(crate) mod own_programs {
    use std::borrow::Cow;
    use std::sync::{Arc, Mutex, OnceLock};

    use bincode::Options as _;
    use rustc_hash::FxHashMap;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use crate::compile::Program;
    use crate::eval::vm::{template, Loaded};
    use crate::value::symbol::Symbol;
    use crate::value::Value;

    /// A loaded program as stored: its code, symbols and constants.
    type Stored<'a> = (Code<'a>, &'a [Symbol], &'a [Vec<Value>]);

    /// A loaded program's code: by embedded file name, or its encoding.
    #[derive(Serialize, Deserialize)]
    enum Code<'a> {
        Embedded(Box<str>),
        #[serde(borrow)]
        Encoded(Bytes<'a>),
    }

    /// Bytes serialised as one blob (not a sequence of numbers).
    struct Bytes<'a>(Cow<'a, [u8]>);

    impl Serialize for Bytes<'_> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.serialize_bytes(&self.0)
        }
    }

    impl<'de: 'a, 'a> Deserialize<'de> for Bytes<'a> {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            struct Visit;
            impl<'de> serde::de::Visitor<'de> for Visit {
                type Value = Cow<'de, [u8]>;
                fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                    f.write_str("bytes")
                }
                fn visit_borrowed_bytes<E>(self, v: &'de [u8]) -> Result<Self::Value, E> {
                    Ok(Cow::Borrowed(v))
                }
                fn visit_bytes<E>(self, v: &[u8]) -> Result<Self::Value, E> {
                    Ok(Cow::Owned(v.to_vec()))
                }
            }
            deserializer.deserialize_bytes(Visit).map(Bytes)
        }
    }

    /// The encoding of a program's data.
    fn encode(program: &Program) -> &[u8] {
        program.encoded(|data| super::options(u64::MAX).serialize(data).unwrap_or_default())
    }

    /// The program encoded as `bytes`, from the process cache or decoded.
    fn decode(bytes: &[u8]) -> Option<Program> {
        static CACHE: OnceLock<Mutex<FxHashMap<u64, Program>>> = OnceLock::new();
        let key = super::checksum(bytes);
        let cache = CACHE.get_or_init(Mutex::default);
        if let Some(program) = cache.lock().ok()?.get(&key) {
            if encode(program) == bytes {
                return Some(program.clone());
            }
        }
        let data: crate::compile::ProgramData =
            super::options(bytes.len() as u64).deserialize(bytes).ok()?;
        let _ = data.encoded.set(bytes.to_vec());
        let program = Program::from_data(data);
        if let Ok(mut cache) = cache.lock() {
            if cache.len() >= 256 {
                cache.clear();
            }
            cache.insert(key, program.clone());
        }
        Some(program)
    }

    pub(crate) fn serialize<S: Serializer>(
        programs: &[Arc<Loaded>],
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let base = template().programs.len();
        let own: Vec<Stored> = programs
            .get(base..)
            .unwrap_or_default()
            .iter()
            .map(|l| {
                let name = l.program.filename();
                let code = match crate::stdlib::embedded_source(name) {
                    Some(_) => Code::Embedded(name.into()),
                    None => Code::Encoded(Bytes(Cow::Borrowed(encode(&l.program)))),
                };
                (code, l.symbols.as_slice(), l.consts.as_slice())
            })
            .collect();
        own.serialize(serializer)
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Vec<Arc<Loaded>>, D::Error> {
        use serde::de::Error;
        let own = Vec::<(Code, Vec<Symbol>, Vec<Vec<Value>>)>::deserialize(deserializer)?;
        let mut programs = template().programs.clone();
        for (code, symbols, consts) in own {
            let program = match code {
                Code::Encoded(bytes) => {
                    decode(&bytes.0).ok_or_else(|| D::Error::custom("undecodable program"))?
                }
                Code::Embedded(name) => {
                    let source = crate::stdlib::embedded_source(&name)
                        .ok_or_else(|| D::Error::custom(format!("unknown module {name}")))?;
                    crate::stdlib::compile_embedded(source, &name)
                        .map_err(|_| D::Error::custom(format!("module {name} does not compile")))?
                }
            };
            programs.push(Arc::new(Loaded {
                program,
                symbols,
                consts,
            }));
        }
        Ok(programs)
    }
}

/// Serde of `Vm::builtin_objects` relative to the template: the length and
/// the entries that differ from the template's.
pub(crate) mod own_builtin_objects {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use crate::eval::vm::template;
    use crate::value::ObjId;

    pub(crate) fn serialize<S: Serializer>(
        objects: &[Option<ObjId>],
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let base = &template().builtin_objects;
        let changed: Vec<(u32, Option<ObjId>)> = objects
            .iter()
            .enumerate()
            .filter(|(i, o)| base.get(*i) != Some(*o))
            .map(|(i, o)| (i as u32, *o))
            .collect();
        (objects.len() as u32, changed).serialize(serializer)
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Vec<Option<ObjId>>, D::Error> {
        let (len, changed) = <(u32, Vec<(u32, Option<ObjId>)>)>::deserialize(deserializer)?;
        // One entry per builtin at most (`Vm::builtin_object`): a longer
        // table is damage, refused before it sizes an allocation.
        if len as usize > crate::builtins::BUILTINS.len() {
            return Err(serde::de::Error::custom("builtin objects table too long"));
        }
        let mut objects = template().builtin_objects.clone();
        objects.resize(len as usize, None);
        for (i, o) in changed {
            match objects.get_mut(i as usize) {
                Some(slot) => *slot = o,
                None => return Err(serde::de::Error::custom("builtin object out of range")),
            }
        }
        Ok(objects)
    }
}

#[cfg(test)]
mod tests {
    use super::checksum;

    /// Found by pyex-fuzz (restore target): a damaged length of the builtin
    /// objects table (a u32 read from the snapshot) made restore allocate
    /// it in full before anything else was checked.
    #[test]
    fn a_damaged_builtin_objects_length_is_refused() {
        use bincode::Options as _;
        let len: u32 = 10_000_000;
        let bytes = super::options(u64::MAX)
            .serialize(&(len, Vec::<(u32, Option<crate::value::ObjId>)>::new()))
            .unwrap_or_default();
        let mut de = bincode::Deserializer::from_slice(&bytes, super::options(64));
        let read = super::own_builtin_objects::deserialize(&mut de);
        assert!(read.is_err(), "a table longer than the builtins is refused");
    }

    #[test]
    fn a_one_word_change_always_changes_the_checksum() {
        let data: Vec<u8> = (0..1000u32).map(|i| (i * 7) as u8).collect();
        let sum = checksum(&data);
        for i in 0..data.len() {
            let mut bad = data.clone();
            bad[i] ^= 0x10;
            assert_ne!(checksum(&bad), sum, "flip at {i}");
        }
        assert_ne!(checksum(&data[..999]), sum);
    }
}
