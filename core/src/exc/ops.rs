//! Messages of operators, conversions and arithmetic.

use super::{ExcKind, RunError};

/// `unsupported operand type(s) for +: 'int' and 'str'`.
#[cold]
pub(crate) fn unsupported_binary(op: &str, left: &str, right: &str) -> RunError {
    RunError::new(
        ExcKind::TypeError,
        format!("unsupported operand type(s) for {op}: '{left}' and '{right}'"),
    )
}

/// `bad operand type for unary -: 'str'`.
#[cold]
pub(crate) fn bad_unary(op: &str, operand: &str) -> RunError {
    RunError::new(
        ExcKind::TypeError,
        format!("bad operand type for unary {op}: '{operand}'"),
    )
}

/// `'<' not supported between instances of 'int' and 'str'`.
#[cold]
pub(crate) fn unorderable(op: &str, left: &str, right: &str) -> RunError {
    RunError::new(
        ExcKind::TypeError,
        format!("'{op}' not supported between instances of '{left}' and '{right}'"),
    )
}

/// `division by zero` and its variants (`integer division or modulo by zero`, ...).
#[cold]
pub(crate) fn zero_division(message: &str) -> RunError {
    RunError::new(ExcKind::ZeroDivisionError, message)
}

/// `can only concatenate str (not "int") to str`.
#[cold]
pub(crate) fn concat(container: &str, other: &str) -> RunError {
    RunError::new(
        ExcKind::TypeError,
        format!("can only concatenate {container} (not \"{other}\") to {container}"),
    )
}

/// `can't multiply sequence by non-int of type 'float'`.
#[cold]
pub(crate) fn sequence_multiply(other: &str) -> RunError {
    RunError::new(
        ExcKind::TypeError,
        format!("can't multiply sequence by non-int of type '{other}'"),
    )
}

/// `'int' object is not iterable`.
#[cold]
pub(crate) fn not_iterable(type_name: &str) -> RunError {
    RunError::new(
        ExcKind::TypeError,
        format!("'{type_name}' object is not iterable"),
    )
}

/// `'int' object is not callable`.
#[cold]
pub(crate) fn not_callable(type_name: &str) -> RunError {
    RunError::new(
        ExcKind::TypeError,
        format!("'{type_name}' object is not callable"),
    )
}

/// `'int' object is not subscriptable`.
#[cold]
pub(crate) fn not_subscriptable(type_name: &str) -> RunError {
    RunError::new(
        ExcKind::TypeError,
        format!("'{type_name}' object is not subscriptable"),
    )
}

/// `'tuple' object does not support item assignment`.
#[cold]
pub(crate) fn no_item_assignment(type_name: &str) -> RunError {
    RunError::new(
        ExcKind::TypeError,
        format!("'{type_name}' object does not support item assignment"),
    )
}

/// `'tuple' object doesn't support item deletion`.
#[cold]
pub(crate) fn no_item_deletion(type_name: &str) -> RunError {
    RunError::new(
        ExcKind::TypeError,
        format!("'{type_name}' object doesn't support item deletion"),
    )
}

/// `unhashable type: 'list'`.
#[cold]
pub(crate) fn unhashable(type_name: &str) -> RunError {
    RunError::new(
        ExcKind::TypeError,
        format!("unhashable type: '{type_name}'"),
    )
}

/// `list indices must be integers or slices, not str`.
#[cold]
pub(crate) fn bad_index_type(container: &str, index: &str) -> RunError {
    RunError::new(
        ExcKind::TypeError,
        format!("{container} indices must be integers or slices, not {index}"),
    )
}

/// `int too large to convert to float`.
#[cold]
pub(crate) fn int_too_large_for_float() -> RunError {
    RunError::new(ExcKind::OverflowError, "int too large to convert to float")
}

/// `invalid literal for int() with base 10: 'x'`.
#[cold]
pub(crate) fn invalid_int_literal(base: u32, repr: &str) -> RunError {
    RunError::new(
        ExcKind::ValueError,
        format!("invalid literal for int() with base {base}: {repr}"),
    )
}

/// `could not convert string to float: 'x'`.
#[cold]
pub(crate) fn invalid_float_literal(repr: &str) -> RunError {
    RunError::new(
        ExcKind::ValueError,
        format!("could not convert string to float: {repr}"),
    )
}

/// `too many values to unpack (expected 2)`.
#[cold]
pub(crate) fn too_many_to_unpack(expected: usize) -> RunError {
    RunError::new(
        ExcKind::ValueError,
        format!("too many values to unpack (expected {expected})"),
    )
}

/// `not enough values to unpack (expected 3, got 2)`.
#[cold]
pub(crate) fn not_enough_to_unpack(expected: usize, got: usize) -> RunError {
    RunError::new(
        ExcKind::ValueError,
        format!("not enough values to unpack (expected {expected}, got {got})"),
    )
}

/// `cannot unpack non-iterable int object`.
#[cold]
pub(crate) fn cannot_unpack(type_name: &str) -> RunError {
    RunError::new(
        ExcKind::TypeError,
        format!("cannot unpack non-iterable {type_name} object"),
    )
}

/// `exceptions must derive from BaseException`.
#[cold]
pub(crate) fn not_an_exception() -> RunError {
    RunError::new(
        ExcKind::TypeError,
        "exceptions must derive from BaseException",
    )
}

/// `catching classes that do not inherit from BaseException is not allowed`.
#[cold]
pub(crate) fn bad_except_class() -> RunError {
    RunError::new(
        ExcKind::TypeError,
        "catching classes that do not inherit from BaseException is not allowed",
    )
}

/// `No active exception to reraise`.
#[cold]
pub(crate) fn no_active_exception() -> RunError {
    RunError::new(ExcKind::RuntimeError, "No active exception to reraise")
}

/// `maximum recursion depth exceeded`.
#[cold]
pub(crate) fn recursion() -> RunError {
    RunError::new(ExcKind::RecursionError, "maximum recursion depth exceeded")
}

/// `Unknown format code 'd' for object of type 'float'`.
#[cold]
pub(crate) fn unknown_format_code(code: char, type_name: &str) -> RunError {
    RunError::new(
        ExcKind::ValueError,
        format!("Unknown format code '{code}' for object of type '{type_name}'"),
    )
}

/// `Invalid format specifier 'x' for object of type 'float'`.
#[cold]
pub(crate) fn invalid_format_spec(spec: &str, type_name: &str) -> RunError {
    RunError::new(
        ExcKind::ValueError,
        format!("Invalid format specifier '{spec}' for object of type '{type_name}'"),
    )
}

/// `'X' object cannot be interpreted as an integer` (no `__index__`).
#[cold]
pub(crate) fn not_an_integer(type_name: &str) -> RunError {
    RunError::new(
        ExcKind::TypeError,
        format!("'{type_name}' object cannot be interpreted as an integer"),
    )
}

/// `__index__ returned non-int (type str)`: a conversion dunder returned the wrong type.
#[cold]
pub(crate) fn dunder_returned_wrong_type(dunder: &str, expected: &str, got: &str) -> RunError {
    RunError::new(
        ExcKind::TypeError,
        format!("{dunder} returned non-{expected} (type {got})"),
    )
}
