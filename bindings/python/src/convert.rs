//! Values between CPython objects and the core's [`HostValue`]: what a
//! program returns, what host functions receive and what they answer.

use num_bigint::BigInt;
use pyex::HostValue;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{
    PyBool, PyBytes, PyDict, PyFloat, PyFrozenSet, PyInt, PyList, PySet, PyString, PyTuple,
};

/// A value a program produced that has no plain-data form (a function, an
/// instance of a class defined in the program): only its `repr` leaves the sandbox.
#[pyclass(module = "pyex._pyex", frozen)]
pub struct Opaque {
    /// The object's `repr()` inside pyex.
    #[pyo3(get)]
    repr: String,
}

#[pymethods]
impl Opaque {
    fn __repr__(&self) -> String {
        format!("<pyex opaque {}>", self.repr)
    }
}

/// The CPython object for `value`.
pub fn to_python(py: Python<'_>, value: &HostValue) -> PyResult<PyObject> {
    Ok(match value {
        HostValue::None => py.None(),
        HostValue::Bool(b) => PyBool::new(py, *b).to_owned().into_any().unbind(),
        HostValue::Int(i) => i.into_pyobject(py)?.into_any().unbind(),
        HostValue::BigInt(b) => b.into_pyobject(py)?.into_any().unbind(),
        HostValue::Float(f) => PyFloat::new(py, *f).into_any().unbind(),
        HostValue::Str(s) => PyString::new(py, s).into_any().unbind(),
        HostValue::List(items) => {
            let items = items
                .iter()
                .map(|v| to_python(py, v))
                .collect::<PyResult<Vec<_>>>()?;
            PyList::new(py, items)?.into_any().unbind()
        }
        HostValue::Tuple(items) => {
            let items = items
                .iter()
                .map(|v| to_python(py, v))
                .collect::<PyResult<Vec<_>>>()?;
            PyTuple::new(py, items)?.into_any().unbind()
        }
        HostValue::Dict(pairs) => {
            let dict = PyDict::new(py);
            for (k, v) in pairs {
                dict.set_item(to_python(py, k)?, to_python(py, v)?)?;
            }
            dict.into_any().unbind()
        }
        HostValue::Bytes(bytes) => PyBytes::new(py, bytes).into_any().unbind(),
        HostValue::Set(items) => PySet::new(py, python_items(py, items)?)?
            .into_any()
            .unbind(),
        HostValue::FrozenSet(items) => PyFrozenSet::new(py, python_items(py, items)?)?
            .into_any()
            .unbind(),
        HostValue::Opaque(repr) => Py::new(py, Opaque { repr: repr.clone() })?.into_any(),
    })
}

/// The CPython objects for `items`.
fn python_items(py: Python<'_>, items: &[HostValue]) -> PyResult<Vec<PyObject>> {
    items.iter().map(|v| to_python(py, v)).collect()
}

/// The [`HostValue`] for a CPython object; `TypeError` for objects with no
/// plain-data form (they cannot enter the sandbox).
pub fn from_python(value: &Bound<'_, PyAny>) -> PyResult<HostValue> {
    if value.is_none() {
        return Ok(HostValue::None);
    }
    if let Ok(b) = value.downcast::<PyBool>() {
        return Ok(HostValue::Bool(b.is_true()));
    }
    if value.is_instance_of::<PyInt>() {
        return Ok(match value.extract::<i64>() {
            Ok(i) => HostValue::Int(i),
            Err(_) => HostValue::BigInt(value.extract::<BigInt>()?),
        });
    }
    if let Ok(f) = value.downcast::<PyFloat>() {
        return Ok(HostValue::Float(f.value()));
    }
    if let Ok(s) = value.downcast::<PyString>() {
        return Ok(HostValue::Str(s.to_str()?.to_owned()));
    }
    if let Ok(list) = value.downcast::<PyList>() {
        return list
            .iter()
            .map(|v| from_python(&v))
            .collect::<PyResult<_>>()
            .map(HostValue::List);
    }
    if let Ok(tuple) = value.downcast::<PyTuple>() {
        return tuple
            .iter()
            .map(|v| from_python(&v))
            .collect::<PyResult<_>>()
            .map(HostValue::Tuple);
    }
    if let Ok(bytes) = value.downcast::<PyBytes>() {
        return Ok(HostValue::Bytes(bytes.as_bytes().to_vec()));
    }
    if let Ok(set) = value.downcast::<PySet>() {
        return set
            .iter()
            .map(|v| from_python(&v))
            .collect::<PyResult<_>>()
            .map(HostValue::Set);
    }
    if let Ok(set) = value.downcast::<PyFrozenSet>() {
        return set
            .iter()
            .map(|v| from_python(&v))
            .collect::<PyResult<_>>()
            .map(HostValue::FrozenSet);
    }
    if let Ok(dict) = value.downcast::<PyDict>() {
        return dict
            .iter()
            .map(|(k, v)| Ok((from_python(&k)?, from_python(&v)?)))
            .collect::<PyResult<_>>()
            .map(HostValue::Dict);
    }
    Err(PyTypeError::new_err(format!(
        "cannot pass a '{}' object to pyex (None, bool, int, float, str, bytes, list, tuple, dict, set and frozenset can)",
        value.get_type().name()?
    )))
}
