//! Messages of name, attribute, index and key lookups.

use super::{ExcKind, NewArgs, NewException, RunError};
use crate::value::Value;

/// `name 'x' is not defined` (with `name` set, for suggestions).
#[cold]
pub(crate) fn name_not_defined(name: &str) -> RunError {
    named(
        ExcKind::NameError,
        format!("name '{name}' is not defined"),
        name,
        None,
    )
}

/// An exception whose `name` (and `obj`) attributes are set.
#[cold]
fn named(kind: ExcKind, message: String, name: &str, obj: Option<Value>) -> RunError {
    RunError::New(Box::new(NewException {
        kind,
        args: NewArgs::Named {
            message,
            name: name.into(),
            obj,
        },
    }))
}

/// `'C' object has no attribute 'x'`, remembering `obj` and the name.
#[cold]
pub(crate) fn no_attribute_of(type_name: &str, attr: &str, obj: Value) -> RunError {
    named(
        ExcKind::AttributeError,
        format!("'{type_name}' object has no attribute '{attr}'"),
        attr,
        Some(obj),
    )
}

/// `type object 'C' has no attribute 'x'`, remembering the class.
#[cold]
pub(crate) fn class_no_attribute_of(class_name: &str, attr: &str, class: Value) -> RunError {
    named(
        ExcKind::AttributeError,
        format!("type object '{class_name}' has no attribute '{attr}'"),
        attr,
        Some(class),
    )
}

/// `module 'm' has no attribute 'x'`, remembering the module.
#[cold]
pub(crate) fn module_no_attribute_of(module: &str, attr: &str, obj: Value) -> RunError {
    named(
        ExcKind::AttributeError,
        format!("module '{module}' has no attribute '{attr}'"),
        attr,
        Some(obj),
    )
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

/// `property 'x' of 'C' object has no getter`.
#[cold]
pub(crate) fn property_no_getter(name: Option<&str>, type_name: &str) -> RunError {
    let message = match name {
        Some(name) => format!("property '{name}' of '{type_name}' object has no getter"),
        None => format!("property of '{type_name}' object has no getter"),
    };
    RunError::new(ExcKind::AttributeError, message)
}

/// `property 'x' of 'C' object has no setter` (unnamed: `property of 'C' ...`).
#[cold]
pub(crate) fn property_no_setter(name: Option<&str>, type_name: &str) -> RunError {
    let message = match name {
        Some(name) => format!("property '{name}' of '{type_name}' object has no setter"),
        None => format!("property of '{type_name}' object has no setter"),
    };
    RunError::new(ExcKind::AttributeError, message)
}

/// `property 'x' of 'C' object has no deleter`.
#[cold]
pub(crate) fn property_no_deleter(name: Option<&str>, type_name: &str) -> RunError {
    let message = match name {
        Some(name) => format!("property '{name}' of '{type_name}' object has no deleter"),
        None => format!("property of '{type_name}' object has no deleter"),
    };
    RunError::new(ExcKind::AttributeError, message)
}
