//! `_hashlib`: the message digests behind `hashlib` and `hmac`
//! (<https://docs.python.org/3/library/hashlib.html>), computed with the
//! `RustCrypto` crates. The hash objects are Python (`python/hashlib.py`): they
//! keep the bytes fed to `update()` and ask [`digest`] for the digest of all
//! of them, so `copy()` and repeated `digest()` calls need no hasher state
//! on the heap.

use blake2::digest::{Update, VariableOutput};
use sha2::Digest;

use super::NativeModule;
use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::Value;

/// The module (one function).
pub(crate) const MODULE: NativeModule = NativeModule {
    name: "_hashlib",
    constants: &[],
    init: None,
    python: None,
};

/// `_hashlib.digest(name, data, digest_size, key)`: the digest of `data` by
/// algorithm `name` (`digest_size` and `key` are for BLAKE2 only).
pub(crate) fn digest(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [name, data, size, key] = args.exact("digest")?;
    let name = vm.str_arg(name, "digest() argument 1")?;
    let data = bytes_of(vm, data)?;
    let key = bytes_of(vm, key)?;
    let size = usize::try_from(super::int_arg(vm, size)?).unwrap_or(0);
    let out = match name.as_str() {
        "md5" => md5::Md5::digest(&data).to_vec(),
        "sha1" => sha1::Sha1::digest(&data).to_vec(),
        "sha224" => sha2::Sha224::digest(&data).to_vec(),
        "sha256" => sha2::Sha256::digest(&data).to_vec(),
        "sha384" => sha2::Sha384::digest(&data).to_vec(),
        "sha512" => sha2::Sha512::digest(&data).to_vec(),
        "sha3_224" => sha3::Sha3_224::digest(&data).to_vec(),
        "sha3_256" => sha3::Sha3_256::digest(&data).to_vec(),
        "sha3_384" => sha3::Sha3_384::digest(&data).to_vec(),
        "sha3_512" => sha3::Sha3_512::digest(&data).to_vec(),
        "blake2b" => blake2b(&data, &key, size)?,
        "blake2s" => blake2s(&data, &key, size)?,
        _ => {
            return Err(RunError::new(
                ExcKind::ValueError,
                format!("unsupported hash type {name}"),
            ))
        }
    };
    Ok(vm.new_bytes(out))
}

/// The bytes of a bytes-like argument.
fn bytes_of(vm: &Vm, v: Value) -> RunResult<Vec<u8>> {
    vm.buffer(v).map(<[u8]>::to_vec).ok_or_else(|| {
        RunError::new(
            ExcKind::TypeError,
            format!("a bytes-like object is required, not '{}'", vm.type_name(v)),
        )
    })
}

/// `BLAKE2b` with a digest size of 1..=64 bytes and an optional key.
fn blake2b(data: &[u8], key: &[u8], size: usize) -> RunResult<Vec<u8>> {
    if key.is_empty() {
        let mut h = blake2::Blake2bVar::new(size).map_err(|_| bad_size(64))?;
        h.update(data);
        let mut out = vec![0; size];
        h.finalize_variable(&mut out).map_err(|_| bad_size(64))?;
        return Ok(out);
    }
    keyed_size(size, 64)?;
    let mut h = blake2::Blake2bMac512::new_with_salt_and_personal(key, &[], &[])
        .map_err(|_| bad_key(64))?;
    blake2::digest::Mac::update(&mut h, data);
    Ok(blake2::digest::Mac::finalize(h).into_bytes().to_vec())
}

/// `BLAKE2s` with a digest size of 1..=32 bytes and an optional key.
fn blake2s(data: &[u8], key: &[u8], size: usize) -> RunResult<Vec<u8>> {
    if key.is_empty() {
        let mut h = blake2::Blake2sVar::new(size).map_err(|_| bad_size(32))?;
        h.update(data);
        let mut out = vec![0; size];
        h.finalize_variable(&mut out).map_err(|_| bad_size(32))?;
        return Ok(out);
    }
    keyed_size(size, 32)?;
    let mut h = blake2::Blake2sMac256::new_with_salt_and_personal(key, &[], &[])
        .map_err(|_| bad_key(32))?;
    blake2::digest::Mac::update(&mut h, data);
    Ok(blake2::digest::Mac::finalize(h).into_bytes().to_vec())
}

/// Keyed BLAKE2 is offered at the full digest size only (the crate's MAC
/// types fix the size in the parameter block).
fn keyed_size(size: usize, max: usize) -> RunResult<()> {
    if size == max {
        Ok(())
    } else {
        Err(RunError::new(
            ExcKind::ValueError,
            format!("keyed BLAKE2 with digest_size other than {max} is not supported"),
        ))
    }
}

#[cold]
fn bad_size(max: usize) -> RunError {
    RunError::new(
        ExcKind::ValueError,
        format!("digest_size must be between 1 and {max} bytes"),
    )
}

#[cold]
fn bad_key(max: usize) -> RunError {
    RunError::new(
        ExcKind::ValueError,
        format!("maximum key length is {max} bytes"),
    )
}
