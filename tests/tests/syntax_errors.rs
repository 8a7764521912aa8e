//! Compares pyex's `SyntaxError` with CPython's for every case in `conformance/syntax_errors/`.
//!
//! Each `<name>.py` holds one error; `<name>.json` is what `compile(src_bytes, "main.py", "exec")`
//! raised in CPython (`type`, `msg`, `lineno`, `offset`, `end_lineno`, `end_offset`), written by
//! `conformance/record`. All six fields must match, and then `SyntaxError::render` must print
//! exactly the recorded `<name>.err` (python3's stderr). Every case goes through what `compile()`
//! does: `pyex::parse_module`, then `pyex::compile::analyze` (cases under `compile/` are errors
//! CPython raises after parsing, in its symbol table or compiler).
//! Cases listed in `conformance/known_failures.txt` are expected to fail; every failing case
//! is listed at the end of the run.

use std::fmt::Write as _;
use std::path::Path;

use pyex::SyntaxError;
use pyex_tests::{case_name, judge};
use serde_json::Value;

/// The fields compared, in the order they are shown.
const FIELDS: [&str; 6] = [
    "type",
    "msg",
    "lineno",
    "offset",
    "end_lineno",
    "end_offset",
];

/// One case.
#[expect(
    clippy::needless_pass_by_value,
    reason = "datatest-stable hands over the file contents by value"
)]
fn check(path: &Path, source: String) -> datatest_stable::Result<()> {
    let case = case_name(path);
    Ok(judge(&case, matches_cpython(&case, path, &source))?)
}

/// Parses and analyzes `source` as CPython's `compile(source, "main.py", "exec")` does.
fn compile(source: &str) -> Result<(), SyntaxError> {
    let module = pyex::parse_module(source)?;
    pyex::compile::analyze(&module, &pyex::syntax::LineIndex::new(source))?;
    Ok(())
}

/// The error pyex raises has CPython's six fields.
fn matches_cpython(case: &str, path: &Path, source: &str) -> Result<(), String> {
    let expected = expected_fields(&path.with_extension("json"))?;
    let Err(err) = compile(source) else {
        return Err(format!(
            "{case}: pyex parses this program, CPython raises\n{}",
            show(&expected)
        ));
    };
    let actual = actual_fields(&err);
    if actual != expected {
        let line = source.lines().nth(err.lineno.saturating_sub(1) as usize);
        return Err(format!(
            "{case}: SyntaxError differs from CPython's\n{}  pyex's line {}: {}",
            diff(&show(&expected), &show(&actual)),
            err.lineno,
            line.unwrap_or_default()
        ));
    }
    let err_path = path.with_extension("err");
    let printed = std::fs::read_to_string(&err_path)
        .map_err(|e| format!("cannot read {}: {e}", err_path.display()))?;
    let rendered = err.render("main.py", source);
    if rendered != printed {
        return Err(format!(
            "{case}: the error is right but its display differs from what python3 prints\n{}",
            diff(&printed, &rendered)
        ));
    }
    Ok(())
}

/// A unified diff, CPython's side first.
fn diff(cpython: &str, pyex: &str) -> String {
    similar::TextDiff::from_lines(cpython, pyex)
        .unified_diff()
        .header("CPython", "pyex")
        .to_string()
}

/// The recorded fields, rendered as JSON values (`null` where CPython has `None`).
///
/// Where `python3 main.py` (tokenizing a file) reports a field differently from `compile()` of a
/// string, the recorder keeps its value under `python3_file`, and that is the one pyex follows.
fn expected_fields(json_path: &Path) -> Result<Vec<String>, String> {
    let text = std::fs::read_to_string(json_path).map_err(|e| {
        format!(
            "cannot read {}: {e} (run conformance/record)",
            json_path.display()
        )
    })?;
    let json: Value = serde_json::from_str(&text)
        .map_err(|e| format!("{}: invalid JSON: {e}", json_path.display()))?;
    let file_mode = json.get("python3_file");
    FIELDS
        .iter()
        .map(|field| {
            file_mode
                .and_then(|fields| fields.get(field))
                .or_else(|| json.get(field))
                .map(Value::to_string)
                .ok_or_else(|| format!("{}: no field {field:?}", json_path.display()))
        })
        .collect()
}

/// pyex's fields, rendered like [`expected_fields`].
fn actual_fields(err: &SyntaxError) -> Vec<String> {
    vec![
        Value::from(err.kind.to_string()).to_string(),
        Value::from(err.msg.as_str()).to_string(),
        err.lineno.to_string(),
        err.offset.to_string(),
        err.end_lineno.to_string(),
        if err.end_offset == SyntaxError::NO_END_OFFSET {
            Value::Null.to_string()
        } else {
            err.end_offset.to_string()
        },
    ]
}

/// One `field: value` line per field.
fn show(values: &[String]) -> String {
    let mut out = String::new();
    for (field, value) in FIELDS.iter().zip(values) {
        let _ = writeln!(out, "  {field}: {value}");
    }
    out
}

datatest_stable::harness!(check, "../conformance/syntax_errors", r"\.py$");
