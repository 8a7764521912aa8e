//! `unicodedata`: character names (`lookup`, `name`), general categories, normalization
//! forms and digit values, from the `unicode_names2`, `unicode-general-category` and
//! `unicode-normalization` crates the tokenizer already uses (so `re`'s `\N{...}` and a
//! slugify's `normalize('NFKD', s)` work). The crates' Unicode versions are newer than
//! CPython 3.11's 14.0: characters assigned since then have names and categories here.

use super::NativeModule;
use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::Value;
use unicode_general_category::{get_general_category, GeneralCategory as G};
use unicode_normalization::UnicodeNormalization;

/// The module; its functions are rows of the builtins table.
pub(crate) const MODULE: NativeModule = NativeModule {
    name: "unicodedata",
    constants: &[("unidata_version", super::Const::Str("14.0.0"))],
    init: None,
    python: None,
};

/// The one character of argument `v` of `func`, with CPython's `TypeError` otherwise (which
/// numbers the argument of the functions that take a default: `name`, `decimal`, `digit`).
fn one_char(vm: &Vm, v: Value, func: &str) -> RunResult<char> {
    let which = if matches!(func, "name" | "decimal" | "digit" | "numeric") {
        "argument 1"
    } else {
        "argument"
    };
    let wrong = |type_name: &str| {
        RunError::new(
            ExcKind::TypeError,
            format!("{func}() {which} must be a unicode character, not {type_name}"),
        )
    };
    let text = vm.str_value(v).ok_or_else(|| wrong(&vm.type_name(v)))?;
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(wrong("str")),
    }
}

/// `lookup(name)`: the character called `name` (names and aliases, any case).
pub(crate) fn lookup(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [name] = args.exact("lookup")?;
    let text = vm.str_arg(name, "lookup() argument")?;
    match unicode_names2::character(&text) {
        Some(c) => Ok(vm.new_str(c.to_string())),
        None => Err(RunError::new(
            ExcKind::KeyError,
            format!("undefined character name '{text}'"),
        )),
    }
}

/// `name(chr[, default])`: the character's name, or `default` (`ValueError` without one).
pub(crate) fn name(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let given = args.between("name", 1, 2)?.to_vec();
    let c = one_char(vm, given[0], "name")?;
    match unicode_names2::name(c) {
        Some(n) => Ok(vm.new_str(n.to_string())),
        None => given
            .get(1)
            .copied()
            .ok_or_else(|| RunError::new(ExcKind::ValueError, "no such name")),
    }
}

/// The two-letter abbreviation of a general category.
fn category_code(c: char) -> &'static str {
    match get_general_category(c) {
        G::ClosePunctuation => "Pe",
        G::ConnectorPunctuation => "Pc",
        G::Control => "Cc",
        G::CurrencySymbol => "Sc",
        G::DashPunctuation => "Pd",
        G::DecimalNumber => "Nd",
        G::EnclosingMark => "Me",
        G::FinalPunctuation => "Pf",
        G::Format => "Cf",
        G::InitialPunctuation => "Pi",
        G::LetterNumber => "Nl",
        G::LineSeparator => "Zl",
        G::LowercaseLetter => "Ll",
        G::MathSymbol => "Sm",
        G::ModifierLetter => "Lm",
        G::ModifierSymbol => "Sk",
        G::NonspacingMark => "Mn",
        G::OpenPunctuation => "Ps",
        G::OtherLetter => "Lo",
        G::OtherNumber => "No",
        G::OtherPunctuation => "Po",
        G::OtherSymbol => "So",
        G::ParagraphSeparator => "Zp",
        G::PrivateUse => "Co",
        G::SpaceSeparator => "Zs",
        G::SpacingMark => "Mc",
        G::Surrogate => "Cs",
        G::TitlecaseLetter => "Lt",
        G::UppercaseLetter => "Lu",
        // `Unassigned`, and any category a later crate version adds.
        _ => "Cn",
    }
}

/// `category(chr)`: the general category, `'Lu'`, `'Nd'`, ...
pub(crate) fn category(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [c] = args.exact("category")?;
    let c = one_char(vm, c, "category")?;
    Ok(vm.new_str(category_code(c).to_owned()))
}

/// `combining(chr)`: the canonical combining class (0 for a base character).
pub(crate) fn combining(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [c] = args.exact("combining")?;
    let c = one_char(vm, c, "combining")?;
    Ok(Value::Int(i64::from(
        unicode_normalization::char::canonical_combining_class(c),
    )))
}

/// The form argument of `normalize`/`is_normalized`.
fn form_arg(vm: &Vm, v: Value) -> RunResult<String> {
    let form = vm.str_arg(v, "normalize() argument 1")?;
    if matches!(form.as_str(), "NFC" | "NFD" | "NFKC" | "NFKD") {
        Ok(form)
    } else {
        Err(RunError::new(
            ExcKind::ValueError,
            "invalid normalization form",
        ))
    }
}

/// `normalize(form, unistr)`: `unistr` in normal form NFC, NFD, NFKC or NFKD.
pub(crate) fn normalize(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [form, text] = args.exact("normalize")?;
    let form = form_arg(vm, form)?;
    let text = vm.str_arg(text, "normalize() argument 2")?;
    let out: String = match form.as_str() {
        "NFC" => text.nfc().collect(),
        "NFD" => text.nfd().collect(),
        "NFKC" => text.nfkc().collect(),
        _ => text.nfkd().collect(),
    };
    Ok(vm.new_str(out))
}

/// `is_normalized(form, unistr)`.
pub(crate) fn is_normalized(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [form, text] = args.exact("is_normalized")?;
    let form = form_arg(vm, form)?;
    let text = vm.str_arg(text, "is_normalized() argument 2")?;
    Ok(Value::Bool(match form.as_str() {
        "NFC" => unicode_normalization::is_nfc(&text),
        "NFD" => unicode_normalization::is_nfd(&text),
        "NFKC" => unicode_normalization::is_nfkc(&text),
        _ => unicode_normalization::is_nfkd(&text),
    }))
}

/// The value of a decimal digit (general category Nd): digits come in runs of ten from zero,
/// so the value is the distance from the run's start, modulo ten.
fn decimal_value(c: char) -> Option<i64> {
    if get_general_category(c) != G::DecimalNumber {
        return None;
    }
    let mut code = u32::from(c);
    let mut steps = 0;
    while code > 0
        && char::from_u32(code - 1).is_some_and(|p| get_general_category(p) == G::DecimalNumber)
    {
        code -= 1;
        steps += 1;
    }
    Some(steps % 10)
}

/// `decimal(chr[, default])` and `digit(chr[, default])`: the digit's value.
fn digit_value(vm: &mut Vm, args: &Args, func: &str) -> RunResult<Value> {
    let given = args.between(func, 1, 2)?.to_vec();
    let c = one_char(vm, given[0], func)?;
    match decimal_value(c) {
        Some(v) => Ok(Value::Int(v)),
        None => given.get(1).copied().ok_or_else(|| {
            RunError::new(
                ExcKind::ValueError,
                if func == "decimal" {
                    "not a decimal"
                } else {
                    "not a digit"
                },
            )
        }),
    }
}

/// `decimal(chr[, default])`.
pub(crate) fn decimal(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    digit_value(vm, &args, "decimal")
}

/// `digit(chr[, default])` (decimal digits only: superscripts are not covered).
pub(crate) fn digit(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    digit_value(vm, &args, "digit")
}

/// `mirrored(chr)`: 1 for the paired brackets and comparison signs that mirror in
/// right-to-left text (the ASCII ones and the common quotation marks).
pub(crate) fn mirrored(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [c] = args.exact("mirrored")?;
    let c = one_char(vm, c, "mirrored")?;
    Ok(Value::Int(i64::from(matches!(
        c,
        '(' | ')' | '<' | '>' | '[' | ']' | '{' | '}' | '«' | '»' | '‹' | '›'
    ))))
}
