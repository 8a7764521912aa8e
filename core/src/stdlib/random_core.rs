//! `_random`: the Mersenne Twister (MT19937) behind `random.Random`, as CPython's
//! `Modules/_randommodule.c` computes it, so a seeded program draws CPython's
//! exact sequence. The generator state lives in a `bytearray` that
//! `random.py` keeps on the instance (624 words and the position, little
//! endian): the class stays plain Python (subclassable, picklable state via
//! `getstate`), and every draw is one native call instead of a Python loop.

use num_bigint::{BigInt, Sign};

use super::NativeModule;
use crate::eval::arith::Num;
use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::object::Object;
use crate::value::Value;

/// The module (functions only).
pub(crate) const MODULE: NativeModule = NativeModule {
    name: "_random",
    constants: &[],
    init: None,
    python: None,
};

const N: usize = 624;
const M: usize = 397;
/// Bytes of a state: `N` words and the index.
const STATE_BYTES: usize = (N + 1) * 4;

/// One generator, unpacked from its `bytearray`.
struct Mt {
    words: [u32; N],
    index: usize,
}

impl Mt {
    fn init_genrand(seed: u32) -> Mt {
        let mut words = [0u32; N];
        words[0] = seed;
        for i in 1..N {
            let prev = words[i - 1];
            words[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        Mt { words, index: N }
    }

    /// `init_by_array`, as `random_seed` calls it with the seed's 32-bit words.
    fn init_by_array(key: &[u32]) -> Mt {
        let mut mt = Mt::init_genrand(19_650_218);
        let w = &mut mt.words;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = w[i - 1];
            w[i] = (w[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                w[0] = w[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = w[i - 1];
            w[i] =
                (w[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                w[0] = w[N - 1];
                i = 1;
            }
        }
        w[0] = 0x8000_0000;
        mt
    }

    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.words[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    fn twist(&mut self) {
        const UPPER: u32 = 0x8000_0000;
        const LOWER: u32 = 0x7fff_ffff;
        let w = &mut self.words;
        for k in 0..N {
            let y = (w[k] & UPPER) | (w[(k + 1) % N] & LOWER);
            let mag = if y & 1 == 1 { 0x9908_b0df } else { 0 };
            w[k] = w[(k + M) % N] ^ (y >> 1) ^ mag;
        }
        self.index = 0;
    }

    /// `random()`: 53 random bits as a float in [0, 1).
    fn random(&mut self) -> f64 {
        let a = f64::from(self.next_u32() >> 5);
        let b = f64::from(self.next_u32() >> 6);
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for `k` > 0, as an unsigned big number.
    fn bits(&mut self, k: u64) -> BigInt {
        if k <= 32 {
            return BigInt::from(self.next_u32() >> (32 - k));
        }
        let words = k.div_ceil(32) as usize;
        let mut digits = Vec::with_capacity(words);
        let mut left = k;
        for _ in 0..words {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            digits.push(r);
            left = left.saturating_sub(32);
        }
        BigInt::from_slice(Sign::Plus, &digits)
    }

    fn load(bytes: &[u8]) -> Option<Mt> {
        if bytes.len() != STATE_BYTES {
            return None;
        }
        let mut words = [0u32; N];
        for (w, chunk) in words.iter_mut().zip(bytes.chunks_exact(4)) {
            *w = u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]);
        }
        let tail = &bytes[N * 4..];
        let index = u32::from_le_bytes([tail[0], tail[1], tail[2], tail[3]]) as usize;
        Some(Mt {
            words,
            index: index.min(N),
        })
    }

    fn store(&self, bytes: &mut Vec<u8>) {
        bytes.clear();
        bytes.reserve(STATE_BYTES);
        for w in &self.words {
            bytes.extend_from_slice(&w.to_le_bytes());
        }
        bytes.extend_from_slice(&(self.index as u32).to_le_bytes());
    }
}

/// Runs `f` on the generator kept in the `bytearray` `state`, writing it back.
fn with_state<T>(vm: &mut Vm, state: Value, f: impl FnOnce(&mut Mt) -> T) -> RunResult<T> {
    let Some(Object::ByteArray(bytes)) = state.as_obj().and_then(|id| vm.heap.get_mut(id)) else {
        return Err(bad_state());
    };
    let mut mt = Mt::load(bytes).ok_or_else(bad_state)?;
    let result = f(&mut mt);
    mt.store(bytes);
    Ok(result)
}

/// Writes `mt` into the `bytearray` `state`.
fn store_state(vm: &mut Vm, state: Value, mt: &Mt) -> RunResult<Value> {
    let Some(Object::ByteArray(bytes)) = state.as_obj().and_then(|id| vm.heap.get_mut(id)) else {
        return Err(bad_state());
    };
    mt.store(bytes);
    Ok(Value::None)
}

fn bad_state() -> RunError {
    RunError::new(ExcKind::TypeError, "invalid random generator state")
}

/// A non-negative int argument as its 32-bit words, least significant first.
fn seed_words(vm: &Vm, seed: Value) -> RunResult<Vec<u32>> {
    let big = super::math::int_arg(vm, seed)?;
    let words = big.magnitude().to_u32_digits();
    Ok(if words.is_empty() { vec![0] } else { words })
}

/// `_random.seed(state, n)`: seeds from the absolute value of int `n` (the
/// conversions of None, str, bytes and float are done by `random.py`).
pub(crate) fn seed(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [state, n] = args.exact("seed")?;
    let mt = Mt::init_by_array(&seed_words(vm, n)?);
    store_state(vm, state, &mt)
}

/// `_random.random(state)`.
pub(crate) fn random(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [state] = args.exact("random")?;
    with_state(vm, state, Mt::random).map(Value::Float)
}

/// `_random.getrandbits(state, k)`.
pub(crate) fn getrandbits(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [state, k] = args.exact("getrandbits")?;
    let k = super::int_arg(vm, k)?;
    if k < 0 {
        return Err(RunError::new(
            ExcKind::ValueError,
            "number of bits must be non-negative",
        ));
    }
    if k == 0 {
        return Ok(Value::Int(0));
    }
    let k = k as u64;
    if k > 1 << 31 {
        return Err(RunError::new(ExcKind::MemoryError, ""));
    }
    let big = with_state(vm, state, |mt| mt.bits(k))?;
    Ok(vm.int_value(big))
}

/// `_random.randbelow(state, n)`: a uniform int in `[0, n)` for `n` > 0 by
/// rejection sampling over `n.bit_length()` bits (`Random._randbelow`).
pub(crate) fn randbelow(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [state, n] = args.exact("randbelow")?;
    let n = match vm.num(n) {
        Some(Num::Int(i)) if i > 0 => BigInt::from(i),
        Some(Num::Big(b)) if b.sign() == Sign::Plus => b,
        _ => return Err(RunError::new(ExcKind::ValueError, "empty range")),
    };
    let k = n.bits();
    let r = with_state(vm, state, |mt| loop {
        let r = mt.bits(k);
        if r < n {
            break r;
        }
    })?;
    Ok(vm.int_value(r))
}

/// `_random.getstate(state)`: the 624 words and the position, as the tuple
/// of 625 ints that `random.getstate()` embeds (CPython's format).
pub(crate) fn getstate(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [state] = args.exact("getstate")?;
    let (words, index) = with_state(vm, state, |mt| (mt.words, mt.index))?;
    let mut items: Vec<Value> = words.iter().map(|&w| Value::Int(i64::from(w))).collect();
    items.push(Value::Int(index as i64));
    Ok(vm.new_tuple(items))
}

/// `_random.setstate(state, words)`: the inverse of `getstate`, checked as
/// CPython checks it.
pub(crate) fn setstate(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [state, tuple] = args.exact("setstate")?;
    let items = match tuple.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Tuple(items)) => items.clone(),
        _ => {
            return Err(RunError::new(
                ExcKind::TypeError,
                "state vector must be a tuple",
            ))
        }
    };
    if items.len() != N + 1 {
        return Err(RunError::new(
            ExcKind::ValueError,
            "state vector is the wrong size",
        ));
    }
    let mut words = [0u32; N];
    for (w, item) in words.iter_mut().zip(&items) {
        *w = match vm.num(*item) {
            Some(Num::Int(i)) => i as u32,
            _ => {
                return Err(RunError::new(
                    ExcKind::TypeError,
                    "state vector items must be integers",
                ))
            }
        };
    }
    let index = match items.get(N).and_then(|v| vm.num(*v)) {
        Some(Num::Int(i)) if (0..=N as i64).contains(&i) => i as usize,
        _ => return Err(RunError::new(ExcKind::ValueError, "invalid state")),
    };
    store_state(vm, state, &Mt { words, index })
}

#[cfg(test)]
mod tests {
    use super::Mt;

    /// The reference outputs published with MT19937 (mt19937ar.out).
    #[test]
    fn reference_vectors() {
        let mut mt = Mt::init_genrand(5489);
        assert_eq!(mt.next_u32(), 3_499_211_612);
        let mut mt = Mt::init_by_array(&[0x123, 0x234, 0x345, 0x456]);
        let first: Vec<u32> = (0..3).map(|_| mt.next_u32()).collect();
        assert_eq!(first, [1_067_595_299, 955_945_823, 477_289_528]);
    }

    #[test]
    fn state_round_trip() {
        let mut mt = Mt::init_by_array(&[42]);
        mt.next_u32();
        let mut bytes = Vec::new();
        mt.store(&mut bytes);
        let mut back = Mt::load(&bytes).unwrap_or_else(|| Mt::init_genrand(0));
        assert_eq!(back.next_u32(), mt.next_u32());
    }
}
