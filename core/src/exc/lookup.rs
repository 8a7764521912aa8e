//! Messages of name, attribute, index and key lookups.

use super::{ExcKind, NewArgs, NewException, RunError};
use crate::value::Value;

/// `name 'x' is not defined`.
#[cold]
pub(crate) fn name_not_defined(name: &str) -> RunError {
    RunError::new(ExcKind::NameError, format!("name '{name}' is not defined"))
}

/// `cannot access local variable 'x' where it is not associated with a value` (3.11 wording).
#[cold]
pub(crate) fn unbound_local(name: &str) -> RunError {
    RunError::new(
        ExcKind::UnboundLocalError,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

/// `cannot access free variable 'x' where it is not associated with a value in enclosing scope`.
#[cold]
pub(crate) fn unbound_free(name: &str) -> RunError {
    RunError::new(
        ExcKind::NameError,
        format!(
            "cannot access free variable '{name}' where it is not associated with a value in \
             enclosing scope"
        ),
    )
}

/// `'int' object has no attribute 'x'`.
#[cold]
pub(crate) fn no_attribute(type_name: &str, attr: &str) -> RunError {
    RunError::new(
        ExcKind::AttributeError,
        format!("'{type_name}' object has no attribute '{attr}'"),
    )
}

/// `type object 'C' has no attribute 'x'`.
#[cold]
pub(crate) fn class_no_attribute(class_name: &str, attr: &str) -> RunError {
    RunError::new(
        ExcKind::AttributeError,
        format!("type object '{class_name}' has no attribute '{attr}'"),
    )
}

/// `module 'm' has no attribute 'x'`.
#[cold]
pub(crate) fn module_no_attribute(module: &str, attr: &str) -> RunError {
    RunError::new(
        ExcKind::AttributeError,
        format!("module '{module}' has no attribute '{attr}'"),
    )
}

/// `list index out of range` (and `tuple`, `string`).
#[cold]
pub(crate) fn index_out_of_range(what: &str) -> RunError {
    RunError::new(ExcKind::IndexError, format!("{what} index out of range"))
}

/// `KeyError: key`: the key itself is the exception's argument.
#[cold]
pub(crate) fn key_error(key: Value) -> RunError {
    RunError::New(Box::new(NewException {
        kind: ExcKind::KeyError,
        args: NewArgs::Value(key),
    }))
}

/// `No module named 'x'`.
#[cold]
pub(crate) fn no_module(name: &str) -> RunError {
    RunError::new(
        ExcKind::ModuleNotFoundError,
        format!("No module named '{name}'"),
    )
}

/// `cannot import name 'x' from 'm' (/m.py)` (`location`: the file or `unknown location`);
/// for a module still running its code, CPython's circular-import wording.
#[cold]
pub(crate) fn cannot_import(name: &str, module: &str, location: &str, partial: bool) -> RunError {
    let message = if partial {
        format!(
            "cannot import name '{name}' from partially initialized module '{module}' \
             (most likely due to a circular import) ({location})"
        )
    } else {
        format!("cannot import name '{name}' from '{module}' ({location})")
    };
    RunError::new(ExcKind::ImportError, message)
}

/// `No module named 'a.b'; 'a' is not a package`.
#[cold]
pub(crate) fn not_a_package(name: &str, parent: &str) -> RunError {
    RunError::new(
        ExcKind::ModuleNotFoundError,
        format!("No module named '{name}'; '{parent}' is not a package"),
    )
}

/// `attempted relative import with no known parent package`.
#[cold]
pub(crate) fn no_parent_package() -> RunError {
    RunError::new(
        ExcKind::ImportError,
        "attempted relative import with no known parent package",
    )
}

/// `attempted relative import beyond top-level package`.
#[cold]
pub(crate) fn beyond_top_level() -> RunError {
    RunError::new(
        ExcKind::ImportError,
        "attempted relative import beyond top-level package",
    )
}
