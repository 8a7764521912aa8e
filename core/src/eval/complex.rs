//! `complex`: arithmetic with ints and floats, CPython's algorithms for
//! division (`_Py_c_quot`) and powers (`c_powi` for small integer exponents).

use super::arith::{to_f64, Num};
use super::vm::Vm;
use crate::compile::code::BinOp;
use crate::exc::{ops, ExcKind, RunError, RunResult};
use crate::value::hash::hash_f64;
use crate::value::object::Object;
use crate::value::Value;

/// A complex number.
pub(crate) type Complex = (f64, f64);

impl Vm {
    /// A new complex value.
    pub(crate) fn new_complex(&mut self, c: Complex) -> Value {
        Value::Obj(self.heap.alloc(Object::Complex(c.0, c.1)))
    }

    /// `v` as a complex number, if it is a number.
    pub(crate) fn complex_of(&self, v: Value) -> RunResult<Option<Complex>> {
        if let Some(Object::Complex(re, im)) = v.as_obj().map(|id| self.heap.get(id)) {
            return Ok(Some((*re, *im)));
        }
        match self.num(v) {
            Some(n) => Ok(Some((to_f64(&n)?, 0.0))),
            None => Ok(None),
        }
    }

    fn is_complex(&self, v: Value) -> bool {
        matches!(
            v.as_obj().map(|id| self.heap.get(id)),
            Some(Object::Complex(..))
        )
    }

    /// `a op b` when either side is complex.
    pub(crate) fn complex_op(&mut self, op: BinOp, a: Value, b: Value) -> RunResult<Option<Value>> {
        if !self.is_complex(a) && !self.is_complex(b) {
            return Ok(None);
        }
        let (Some(x), Some(y)) = (self.complex_of(a)?, self.complex_of(b)?) else {
            return Ok(None);
        };
        let r = match op {
            BinOp::Add => (x.0 + y.0, x.1 + y.1),
            BinOp::Sub => (x.0 - y.0, x.1 - y.1),
            BinOp::Mul => (x.0 * y.0 - x.1 * y.1, x.0 * y.1 + x.1 * y.0),
            BinOp::TrueDiv => quotient(x, y)?,
            BinOp::Pow => self.complex_pow(x, y, b)?,
            _ => return Ok(None),
        };
        Ok(Some(self.new_complex(r)))
    }

    /// `x ** y` for a negative real `x` and a non-integral real `y`: CPython
    /// returns a complex number (`(-8) ** (1/3)`).
    pub(crate) fn negative_base_pow(&mut self, a: Value, b: Value) -> RunResult<Option<Value>> {
        let (Some(x), Some(y)) = (self.num(a), self.num(b)) else {
            return Ok(None);
        };
        let Num::Float(yf) = y else {
            return Ok(None);
        };
        let xf = super::arith::to_f64(&x)?;
        if !(xf < 0.0 && yf.is_finite() && yf.fract() != 0.0) {
            return Ok(None);
        }
        let r = self.complex_pow((xf, 0.0), (yf, 0.0), b)?;
        Ok(Some(self.new_complex(r)))
    }

    fn complex_pow(&self, x: Complex, y: Complex, exponent: Value) -> RunResult<Complex> {
        if let Some(Num::Int(n)) = self.num(exponent) {
            if (-100..=100).contains(&n) {
                if n < 0 && x == (0.0, 0.0) {
                    return Err(ops::zero_division("0.0 to a negative or complex power"));
                }
                return powi(x, n);
            }
        }
        if y == (0.0, 0.0) {
            return Ok((1.0, 0.0));
        }
        if x == (0.0, 0.0) {
            if y.1 != 0.0 || y.0 < 0.0 {
                return Err(ops::zero_division("0.0 to a negative or complex power"));
            }
            return Ok((0.0, 0.0));
        }
        let vabs = x.0.hypot(x.1);
        let mut len = vabs.powf(y.0);
        let at = x.1.atan2(x.0);
        let mut phase = at * y.0;
        if y.1 != 0.0 {
            len /= (at * y.1).exp();
            phase += y.1 * vabs.ln();
        }
        Ok((len * phase.cos(), len * phase.sin()))
    }

    /// `hash(complex)`.
    pub(crate) fn complex_hash(re: f64, im: f64) -> i64 {
        let combined = hash_f64(re).wrapping_add(1_000_003_i64.wrapping_mul(hash_f64(im)));
        if combined == -1 {
            -2
        } else {
            combined
        }
    }
}

/// CPython's `_Py_c_quot` (Smith's algorithm).
fn quotient(a: Complex, b: Complex) -> RunResult<Complex> {
    let (abs_re, abs_im) = (b.0.abs(), b.1.abs());
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return Err(RunError::new(
                ExcKind::ZeroDivisionError,
                "complex division by zero",
            ));
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Ok(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Ok(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    }
}

fn mul(a: Complex, b: Complex) -> Complex {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// CPython's `c_powi`: repeated squaring, reciprocal for negative exponents.
fn powi(x: Complex, n: i64) -> RunResult<Complex> {
    let positive = |mut n: u64| {
        let mut r = (1.0, 0.0);
        let mut p = x;
        while n > 0 {
            if n & 1 == 1 {
                r = mul(r, p);
            }
            p = mul(p, p);
            n >>= 1;
        }
        r
    };
    if n >= 0 {
        Ok(positive(n.unsigned_abs()))
    } else {
        quotient((1.0, 0.0), positive(n.unsigned_abs()))
    }
}
