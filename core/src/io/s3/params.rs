//! Reading a request's parameters (a [`HostValue::Dict`] keyed by boto3's names) and
//! writing a reply's fields: the plain-data side of the S3 driver.

use aws_smithy_types::DateTime;

use crate::host::HostValue;

/// Why a request cannot be performed as given (a `ValueError`/`NotImplementedError` for Python).
#[derive(Debug)]
pub(crate) struct BadRequest {
    /// The Python exception class name.
    pub kind: &'static str,
    /// Its message.
    pub message: String,
}

impl BadRequest {
    /// A malformed request (the Python module never sends one; a program calling
    /// `_pyex_io.s3` itself might).
    pub(crate) fn invalid(message: impl Into<String>) -> BadRequest {
        BadRequest {
            kind: "ValueError",
            message: message.into(),
        }
    }
}

/// The entries of a dict value, or `None` for any other value.
pub(crate) fn dict_entries(value: &HostValue) -> Option<&[(HostValue, HostValue)]> {
    match value {
        HostValue::Dict(entries) => Some(entries),
        _ => None,
    }
}

/// The value under string key `key` of a dict value.
pub(crate) fn field<'v>(value: &'v HostValue, key: &str) -> Option<&'v HostValue> {
    dict_entries(value)?
        .iter()
        .find(|(k, _)| matches!(k, HostValue::Str(s) if s == key))
        .map(|(_, v)| v)
        .filter(|v| !matches!(v, HostValue::None))
}

/// The text under `key`, if it is a str.
pub(crate) fn text<'v>(value: &'v HostValue, key: &str) -> Option<&'v str> {
    match field(value, key)? {
        HostValue::Str(s) => Some(s),
        _ => None,
    }
}

/// The parameters of one operation: typed getters that fail on a wrong type, and a record
/// of which keys were read so that an unsupported one is refused instead of ignored.
pub(crate) struct Params<'r> {
    /// The `params` dict of the request.
    dict: &'r HostValue,
    /// The operation, for messages.
    operation: &'r str,
    /// Keys read so far.
    used: Vec<&'static str>,
}

impl<'r> Params<'r> {
    /// The parameters `dict` of `operation`.
    pub(crate) fn new(dict: &'r HostValue, operation: &'r str) -> Params<'r> {
        Params {
            dict,
            operation,
            used: Vec::new(),
        }
    }

    /// The raw value under `key` (marked as read).
    fn get(&mut self, key: &'static str) -> Option<&'r HostValue> {
        self.used.push(key);
        field(self.dict, key)
    }

    /// A wrong-type error for `key`.
    fn wrong(&self, key: &str, want: &str) -> BadRequest {
        BadRequest::invalid(format!("{} parameter {key} must be {want}", self.operation))
    }

    /// An optional str parameter.
    pub(crate) fn string(&mut self, key: &'static str) -> Result<Option<String>, BadRequest> {
        match self.get(key) {
            None => Ok(None),
            Some(HostValue::Str(s)) => Ok(Some(s.clone())),
            Some(_) => Err(self.wrong(key, "a str")),
        }
    }

    /// A required str parameter.
    pub(crate) fn required(&mut self, key: &'static str) -> Result<String, BadRequest> {
        self.string(key)?
            .ok_or_else(|| BadRequest::invalid(format!("{} needs {key}", self.operation)))
    }

    /// An optional int parameter.
    pub(crate) fn int(&mut self, key: &'static str) -> Result<Option<i32>, BadRequest> {
        match self.get(key) {
            None => Ok(None),
            Some(HostValue::Int(n)) => i32::try_from(*n)
                .map(Some)
                .map_err(|_| self.wrong(key, "an int in range")),
            Some(HostValue::Bool(b)) => Ok(Some(i32::from(*b))),
            Some(_) => Err(self.wrong(key, "an int")),
        }
    }

    /// An optional bool parameter.
    pub(crate) fn boolean(&mut self, key: &'static str) -> Result<Option<bool>, BadRequest> {
        match self.get(key) {
            None => Ok(None),
            Some(HostValue::Bool(b)) => Ok(Some(*b)),
            Some(_) => Err(self.wrong(key, "a bool")),
        }
    }

    /// An optional bytes parameter (a str is sent as UTF-8).
    pub(crate) fn bytes(&mut self, key: &'static str) -> Result<Option<Vec<u8>>, BadRequest> {
        match self.get(key) {
            None => Ok(None),
            Some(HostValue::Bytes(b)) => Ok(Some(b.clone())),
            Some(HostValue::Str(s)) => Ok(Some(s.as_bytes().to_vec())),
            Some(_) => Err(self.wrong(key, "bytes")),
        }
    }

    /// An optional str → str map parameter (`Metadata`).
    pub(crate) fn map(
        &mut self,
        key: &'static str,
    ) -> Result<Option<std::collections::HashMap<String, String>>, BadRequest> {
        let Some(value) = self.get(key) else {
            return Ok(None);
        };
        let entries = dict_entries(value).ok_or_else(|| self.wrong(key, "a dict"))?;
        let mut map = std::collections::HashMap::new();
        for (k, v) in entries {
            match (k, v) {
                (HostValue::Str(k), HostValue::Str(v)) => {
                    map.insert(k.clone(), v.clone());
                }
                _ => return Err(self.wrong(key, "a dict of str")),
            }
        }
        Ok(Some(map))
    }

    /// An optional timestamp parameter (ISO 8601 text, as the Python module sends it).
    pub(crate) fn timestamp(&mut self, key: &'static str) -> Result<Option<DateTime>, BadRequest> {
        let Some(text) = self.string(key)? else {
            return Ok(None);
        };
        let normalized = normalize_iso(&text);
        DateTime::from_str(&normalized, aws_smithy_types::date_time::Format::DateTime)
            .map(Some)
            .map_err(|_| self.wrong(key, "a datetime"))
    }

    /// An optional nested structure parameter (a dict).
    pub(crate) fn structure(
        &mut self,
        key: &'static str,
    ) -> Result<Option<&'r HostValue>, BadRequest> {
        match self.get(key) {
            None => Ok(None),
            Some(v @ HostValue::Dict(_)) => Ok(Some(v)),
            Some(_) => Err(self.wrong(key, "a dict")),
        }
    }

    /// Refuses parameters this driver does not send (valid for boto3, but ignoring them
    /// would change what the program asked for).
    pub(crate) fn finish(self) -> Result<(), BadRequest> {
        let Some(entries) = dict_entries(self.dict) else {
            return Err(BadRequest::invalid("params must be a dict"));
        };
        for (k, v) in entries {
            let HostValue::Str(name) = k else {
                return Err(BadRequest::invalid("parameter names must be str"));
            };
            if !matches!(v, HostValue::None) && !self.used.contains(&name.as_str()) {
                return Err(BadRequest {
                    kind: "NotImplementedError",
                    message: format!(
                        "Pyex's boto3 does not support parameter {name} of {}",
                        self.operation
                    ),
                });
            }
        }
        Ok(())
    }
}

/// `2024-01-02T03:04:05+00:00` (Python's isoformat) as `2024-01-02T03:04:05Z`.
fn normalize_iso(text: &str) -> String {
    let trimmed = text
        .strip_suffix("+00:00")
        .map_or_else(|| text.to_owned(), |t| format!("{t}Z"));
    if trimmed.ends_with('Z') {
        trimmed
    } else {
        format!("{trimmed}Z")
    }
}

/// The fields of a reply, in insertion order.
#[derive(Default)]
pub(crate) struct Fields(pub Vec<(HostValue, HostValue)>);

impl Fields {
    /// Adds `key: value`.
    pub(crate) fn put(&mut self, key: &str, value: HostValue) {
        self.0.push((HostValue::Str(key.to_owned()), value));
    }

    /// Adds a str field when present.
    pub(crate) fn str(&mut self, key: &str, value: Option<&str>) {
        if let Some(v) = value {
            self.put(key, HostValue::Str(v.to_owned()));
        }
    }

    /// Adds an int field when present.
    pub(crate) fn int(&mut self, key: &str, value: Option<i64>) {
        if let Some(v) = value {
            self.put(key, HostValue::Int(v));
        }
    }

    /// Adds a bool field when present.
    pub(crate) fn boolean(&mut self, key: &str, value: Option<bool>) {
        if let Some(v) = value {
            self.put(key, HostValue::Bool(v));
        }
    }

    /// Adds a timestamp field when present, as `[seconds, microseconds]`.
    pub(crate) fn time(&mut self, key: &str, value: Option<&DateTime>) {
        if let Some(v) = value {
            self.put(key, timestamp(v));
        }
    }

    /// The dict.
    pub(crate) fn into_value(self) -> HostValue {
        HostValue::Dict(self.0)
    }
}

/// A timestamp as `[seconds, microseconds]` (the Python module makes an aware datetime).
pub(crate) fn timestamp(t: &DateTime) -> HostValue {
    HostValue::List(vec![
        HostValue::Int(t.secs()),
        HostValue::Int(i64::from(t.subsec_nanos() / 1000)),
    ])
}
