//! Messages of calls and argument binding (CPython's `Python/ceval.c` wording).

use super::{ExcKind, RunError};

fn type_error(message: String) -> RunError {
    RunError::new(ExcKind::TypeError, message)
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`.
fn name_list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [a, b] => format!("{a} and {b}"),
        [init @ .., last] => format!("{}, and {last}", init.join(", ")),
    }
}

/// `f() missing 2 required positional arguments: 'a' and 'b'` (or `keyword-only`).
#[cold]
pub(crate) fn missing_arguments(func: &str, kind: &str, names: &[&str]) -> RunError {
    let plural = if names.len() == 1 { "" } else { "s" };
    type_error(format!(
        "{func}() missing {} required {kind} argument{plural}: {}",
        names.len(),
        name_list(names)
    ))
}

/// `f() takes 2 positional arguments but 3 were given`, with CPython's variants
/// for defaults (`from 1 to 2`) and keyword-only arguments given alongside.
#[cold]
pub(crate) fn too_many_positional(
    func: &str,
    min: i64,
    max: usize,
    given: usize,
    kwonly_given: usize,
) -> RunError {
    // `min` goes negative when `__defaults__` was given more values than parameters (as in CPython).
    let takes = if min == max as i64 {
        format!(
            "{max} positional argument{}",
            if max == 1 { "" } else { "s" }
        )
    } else {
        format!("from {min} to {max} positional arguments")
    };
    let given_text = if kwonly_given > 0 {
        format!(
            "{given} positional argument{} (and {kwonly_given} keyword-only argument{}) were",
            if given == 1 { "" } else { "s" },
            if kwonly_given == 1 { "" } else { "s" }
        )
    } else if given == 1 {
        "1 was".to_owned()
    } else {
        format!("{given} were")
    };
    type_error(format!("{func}() takes {takes} but {given_text} given"))
}

/// `f() got an unexpected keyword argument 'z'`.
#[cold]
pub(crate) fn unexpected_keyword(func: &str, name: &str) -> RunError {
    type_error(format!(
        "{func}() got an unexpected keyword argument '{name}'"
    ))
}

/// `f() got multiple values for argument 'a'`.
#[cold]
pub(crate) fn multiple_values(func: &str, name: &str) -> RunError {
    type_error(format!(
        "{func}() got multiple values for argument '{name}'"
    ))
}

/// `f() got some positional-only arguments passed as keyword arguments: 'a'`.
#[cold]
pub(crate) fn positional_only_as_keyword(func: &str, names: &[&str]) -> RunError {
    type_error(format!(
        "{func}() got some positional-only arguments passed as keyword arguments: '{}'",
        names.join(", ")
    ))
}

/// `len() takes exactly one argument (2 given)` (builtins of fixed arity).
#[cold]
pub(crate) fn builtin_exact_one(func: &str, given: usize) -> RunError {
    type_error(format!(
        "{func}() takes exactly one argument ({given} given)"
    ))
}

/// `f() takes no keyword arguments`.
#[cold]
pub(crate) fn no_keywords(func: &str) -> RunError {
    type_error(format!("{func}() takes no keyword arguments"))
}

/// `f expected at most 3 arguments, got 4` / `f expected 1 argument, got 0`.
#[cold]
pub(crate) fn builtin_arity(func: &str, bound: &str, count: usize, given: usize) -> RunError {
    let plural = if count == 1 { "" } else { "s" };
    type_error(format!(
        "{func} expected {bound}{count} argument{plural}, got {given}"
    ))
}

/// `f() argument after ** must be a mapping, not int`.
#[cold]
pub(crate) fn kwargs_not_mapping(func: &str, type_name: &str) -> RunError {
    type_error(format!(
        "{func}() argument after ** must be a mapping, not {type_name}"
    ))
}

/// `f() argument after * must be an iterable, not int`.
#[cold]
pub(crate) fn star_not_iterable(func: &str, type_name: &str) -> RunError {
    type_error(format!(
        "{func}() argument after * must be an iterable, not {type_name}"
    ))
}

/// `f() got multiple values for keyword argument 'x'` (from `**` merging).
#[cold]
pub(crate) fn multiple_keyword_values(func: &str, key: &str) -> RunError {
    type_error(format!(
        "{func}() got multiple values for keyword argument '{key}'"
    ))
}

/// `Value after * must be an iterable, not int`.
#[cold]
pub(crate) fn value_after_star(type_name: &str) -> RunError {
    type_error(format!(
        "Value after * must be an iterable, not {type_name}"
    ))
}

/// `keywords must be strings`.
#[cold]
pub(crate) fn keywords_must_be_strings() -> RunError {
    type_error("keywords must be strings".to_owned())
}

/// `__init__() should return None, not 'int'`.
#[cold]
pub(crate) fn init_returned(type_name: &str) -> RunError {
    type_error(format!("__init__() should return None, not '{type_name}'"))
}

/// `C() takes no arguments` (a class without `__init__` called with arguments).
#[cold]
pub(crate) fn class_takes_no_arguments(class_name: &str) -> RunError {
    type_error(format!("{class_name}() takes no arguments"))
}
