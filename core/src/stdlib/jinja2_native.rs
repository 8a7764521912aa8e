//! `_jinja2_native`: the per-value pieces of a jinja2 render that compiled
//! templates call most often, in Rust. Each handles the common values (exact
//! `str`, `int`, `dict`, `markupsafe.Markup`) itself and hands anything else
//! to its Python twin in `_jinja2_runtime` / `_jinja2_filters` (a tail call:
//! the Python function's frame replaces the call, so user `__html__`,
//! `__getattr__` or properties run as in real Jinja2).

use super::markupsafe::{escape_html, push_html};
use super::NativeModule;
use crate::eval::call::{Args, Called};
use crate::eval::vm::Vm;
use crate::exc::{RunError, RunResult};
use crate::value::object::Object;
use crate::value::str::is_space;
use crate::value::Value;

/// The module (its functions are rows of the builtins table).
pub(crate) const MODULE: NativeModule = NativeModule {
    name: "_jinja2_native",
    constants: &[],
    init: None,
    // The Python twins the natives hand unusual values to are loaded with the module, so a
    // program that imports `_jinja2_native` on its own gets them too.
    python: Some("import _jinja2_runtime, _jinja2_filters\ndel _jinja2_runtime, _jinja2_filters\n"),
};

/// Calls `module.name(*args)` (the Python version of a native function) in
/// place of the native call.
fn fallback(vm: &mut Vm, module: &str, name: &str, args: Vec<Value>) -> RunResult<Called> {
    fallback_args(vm, module, name, Args::positional(args))
}

/// [`fallback`] with the call's own arguments (keywords included).
fn fallback_args(vm: &mut Vm, module: &str, name: &str, args: Args) -> RunResult<Called> {
    let function = vm.cached_module(module).and_then(|m| {
        let sym = vm.interner.intern(name);
        vm.module_attr(m, sym)
    });
    let function = function
        .ok_or_else(|| RunError::internal(format!("_jinja2_native: no {module}.{name}")))?;
    vm.call(function, args)
}

/// Whether `v` is a `markupsafe.Markup` (exactly: a subclass may override `__html__`).
fn is_markup(vm: &Vm, v: Value) -> bool {
    let Some(sub) = v.as_obj().and_then(|id| vm.heap.subclassed(id)) else {
        return false;
    };
    vm.class(sub.class)
        .is_some_and(|c| &*c.name == "Markup" && &*c.module == "markupsafe")
}

/// The text of `v` when it is a `str` or an instance of a `str` subclass.
fn text_of(vm: &Vm, v: Value) -> Option<&str> {
    match v.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Str(s)) => Some(s.as_str()),
        _ => None,
    }
}

/// `escape_out(v)`: what an autoescaped `{{ v }}` writes to the output, as
/// a plain `str`: a `str` escaped, a `Markup` as it is, an int, bool or None
/// as `str()` gives it; other values go to `_jinja2_runtime.escape_out_py`.
pub(crate) fn escape_out(vm: &mut Vm, _: Value, args: Args) -> RunResult<Called> {
    let [v] = args.exact("escape_out")?;
    let text = match v {
        Value::Int(i) => i.to_string(),
        Value::Bool(b) => if b { "True" } else { "False" }.to_owned(),
        Value::None => "None".to_owned(),
        Value::Obj(id) => {
            let subclassed = vm.heap.subclassed(id).is_some();
            if subclassed && !is_markup(vm, v) {
                return fallback(vm, "_jinja2_runtime", "escape_out_py", vec![v]);
            }
            match vm.heap.get(id) {
                Object::Str(s) if subclassed => s.as_str().to_owned(),
                Object::Str(s) => match escape_html(s.as_str()) {
                    Some(escaped) => escaped,
                    None => return Ok(Called::Value(v)),
                },
                _ => return fallback(vm, "_jinja2_runtime", "escape_out_py", vec![v]),
            }
        }
        Value::Float(_) => return fallback(vm, "_jinja2_runtime", "escape_out_py", vec![v]),
    };
    Ok(Called::Value(vm.new_str(text)))
}

/// Appends what [`escape_out`] gives for `v` to `out`; `false` (and `out`
/// unchanged) when `v` needs the Python version.
fn push_escaped(vm: &Vm, v: Value, out: &mut String) -> bool {
    match v {
        Value::Int(i) => out.push_str(&i.to_string()),
        Value::Bool(b) => out.push_str(if b { "True" } else { "False" }),
        Value::None => out.push_str("None"),
        Value::Float(_) => return false,
        Value::Obj(id) => {
            let subclassed = vm.heap.subclassed(id).is_some();
            if subclassed && !is_markup(vm, v) {
                return false;
            }
            let Object::Str(s) = vm.heap.get(id) else {
                return false;
            };
            if subclassed {
                out.push_str(s.as_str());
            } else {
                push_html(out, s.as_str());
            }
        }
    }
    true
}

/// `fmt(pieces, *values)`: an autoescaped output node in one call:
/// `pieces[0] + escape_out(values[0]) + pieces[1] + ...` (`pieces` a tuple
/// of strs, one more than the values); values that need Python send the
/// whole call to `_jinja2_runtime.fmt_py`.
pub(crate) fn fmt(vm: &mut Vm, _: Value, args: Args) -> RunResult<Called> {
    if let Some(text) = formatted(vm, &args) {
        return Ok(Called::Value(vm.new_str(text)));
    }
    fallback_args(vm, "_jinja2_runtime", "fmt_py", args)
}

/// [`fmt`]'s text when every value escapes natively.
fn formatted(vm: &Vm, args: &Args) -> Option<String> {
    let (pieces, values) = args.positional.split_first()?;
    let Object::Tuple(pieces) = vm.heap.get(pieces.as_obj()?) else {
        return None;
    };
    if !args.keywords.is_empty() || pieces.len() != values.len() + 1 {
        return None;
    }
    let mut out = String::with_capacity(256);
    for (i, piece) in pieces.iter().enumerate() {
        out.push_str(exact_text(vm, *piece)?);
        if let Some(value) = values.get(i) {
            if !push_escaped(vm, *value, &mut out) {
                return None;
            }
        }
    }
    Some(out)
}

/// Attribute names of `dict` (`dir(dict)` without the dunders): a template's
/// `d.items` is the method, not the item (the native renderer checks it too).
pub(crate) const DICT_ATTRS: &[&str] = &[
    "clear",
    "copy",
    "fromkeys",
    "get",
    "items",
    "keys",
    "pop",
    "popitem",
    "setdefault",
    "update",
    "values",
];

/// `getattr(obj, name, environment)`: a template's `obj.name`. An exact
/// `dict` holding the key answers directly; everything else (attributes,
/// undefined values) goes to `_jinja2_runtime.env_getattr(environment, obj, name)`.
pub(crate) fn getattr(vm: &mut Vm, _: Value, args: Args) -> RunResult<Called> {
    let [obj, name, env] = args.exact("getattr")?;
    if let (Some(id), Some(key)) = (obj.as_obj(), text_of(vm, name)) {
        let plain_key = !(key.starts_with("__") || DICT_ATTRS.contains(&key));
        let is_dict =
            matches!(vm.heap.get(id), Object::Dict(_)) && vm.heap.subclassed(id).is_none();
        if plain_key && is_dict {
            if let Some(value) = vm.dict_get(id, name)? {
                return Ok(Called::Value(value));
            }
        }
    }
    fallback(vm, "_jinja2_runtime", "env_getattr", vec![env, obj, name])
}

/// Whether jinja2's title filter starts a new word after `c` (its split
/// pattern `([-\s({\[<]+)`).
pub(crate) fn word_break(c: char) -> bool {
    is_space(c) || matches!(c, '-' | '(' | '{' | '[' | '<')
}

/// `title(s)`: jinja2's `title` filter: each word's first character upper
/// case, the rest lower case, words starting after whitespace or `-({[<`.
/// A non-str argument goes to `_jinja2_filters.do_title`.
pub(crate) fn title(vm: &mut Vm, _: Value, args: Args) -> RunResult<Called> {
    let [s] = args.exact("title")?;
    let Some(text) = text_of(vm, s) else {
        return fallback(vm, "_jinja2_filters", "do_title", vec![s]);
    };
    let out = title_text(text);
    Ok(Called::Value(vm.new_str(out)))
}

/// jinja2's title-casing of `text` (see [`title`]).
pub(crate) fn title_text(text: &str) -> String {
    if text.is_ascii() {
        // each run of word / separator characters starts upper case
        let mut out = Vec::with_capacity(text.len());
        let mut previous = None;
        for b in text.bytes() {
            // `word_break` for ASCII: Python's whitespace (\t..\r, \x1c..\x1f, space) and -({[<
            let breaking =
                matches!(b, 0x09..=0x0d | 0x1c..=0x20 | b'-' | b'(' | b'{' | b'[' | b'<');
            out.push(if previous == Some(breaking) {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            });
            previous = Some(breaking);
        }
        return String::from_utf8(out).unwrap_or_default();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(first) = rest.chars().next() {
        let breaking = word_break(first);
        let end = rest
            .char_indices()
            .find(|&(_, c)| word_break(c) != breaking)
            .map_or(rest.len(), |(i, _)| i);
        let (item, tail) = rest.split_at(end);
        let cut = first.len_utf8();
        out.push_str(&item[..cut].to_uppercase());
        out.push_str(&item[cut..].to_lowercase());
        rest = tail;
    }
    out
}

/// The text of `v` when it is an exact `str` (no subclass, so no `__html__`).
fn exact_text(vm: &Vm, v: Value) -> Option<&str> {
    let id = v.as_obj()?;
    if vm.heap.subclassed(id).is_some() {
        return None;
    }
    match vm.heap.get(id) {
        Object::Str(s) => Some(s.as_str()),
        _ => None,
    }
}

/// `join(eval_ctx, value, d='', attribute=None)`: jinja2's `join` filter
/// for a list or tuple of exact strs and an exact str separator (then
/// autoescaping changes nothing); anything else goes to `_jinja2_filters.do_join`.
pub(crate) fn join(vm: &mut Vm, _: Value, args: Args) -> RunResult<Called> {
    if let Some(text) = join_strs(vm, &args) {
        return Ok(Called::Value(vm.new_str(text)));
    }
    fallback_args(vm, "_jinja2_filters", "do_join", args)
}

/// The joined text when [`join`]'s arguments are the plain case.
fn join_strs(vm: &Vm, args: &Args) -> Option<String> {
    if !args.keywords.is_empty() {
        return None;
    }
    let (value, sep) = match args.positional.as_slice() {
        [_, value] => (*value, ""),
        [_, value, sep] | [_, value, sep, Value::None] => (*value, exact_text(vm, *sep)?),
        _ => return None,
    };
    joined_strs(vm, value, sep)
}

/// `sep.join(value)` when `value` is an exact list or tuple of exact strs.
pub(crate) fn joined_strs(vm: &Vm, value: Value, sep: &str) -> Option<String> {
    let id = value.as_obj()?;
    if vm.heap.subclassed(id).is_some() {
        return None;
    }
    let (Object::List(items) | Object::Tuple(items)) = vm.heap.get(id) else {
        return None;
    };
    let mut texts = Vec::with_capacity(items.len());
    for item in items {
        texts.push(exact_text(vm, *item)?);
    }
    Some(texts.join(sep))
}

/// `lower(s)` / `upper(s)`: jinja2's filters for an exact str (a `Markup`
/// keeps its class in Python: it goes to `_jinja2_filters.do_lower`/`do_upper`).
fn change_case(vm: &mut Vm, args: Args, upper: bool) -> RunResult<Called> {
    let name = if upper { "do_upper" } else { "do_lower" };
    if let [s] = args.positional.as_slice() {
        if let Some(text) = exact_text(vm, *s).filter(|_| args.keywords.is_empty()) {
            let changed = if upper {
                text.to_uppercase()
            } else {
                text.to_lowercase()
            };
            return Ok(Called::Value(vm.new_str(changed)));
        }
    }
    fallback_args(vm, "_jinja2_filters", name, args)
}

/// `lower(s)`: see [`change_case`].
pub(crate) fn lower(vm: &mut Vm, _: Value, args: Args) -> RunResult<Called> {
    change_case(vm, args, false)
}

/// `upper(s)`: see [`change_case`].
pub(crate) fn upper(vm: &mut Vm, _: Value, args: Args) -> RunResult<Called> {
    change_case(vm, args, true)
}

/// `sort(environment, value, reverse=False, case_sensitive=False,
/// attribute=None)`: jinja2's `sort` filter for a list or tuple of exact
/// strs without an attribute (a stable sort, by the lower-cased text unless
/// case sensitive); anything else goes to `_jinja2_filters.do_sort`.
pub(crate) fn sort(vm: &mut Vm, _: Value, args: Args) -> RunResult<Called> {
    if let Some(items) = sorted_strs(vm, &args) {
        return Ok(Called::Value(vm.new_list(items)));
    }
    fallback_args(vm, "_jinja2_filters", "do_sort", args)
}

/// The sorted items when [`sort`]'s arguments are the plain case.
fn sorted_strs(vm: &Vm, args: &Args) -> Option<Vec<Value>> {
    if !args.keywords.is_empty() {
        return None;
    }
    let (value, reverse, case_sensitive) = match args.positional.as_slice() {
        [_, value] => (*value, false, false),
        [_, value, Value::Bool(r)] => (*value, *r, false),
        [_, value, Value::Bool(r), Value::Bool(c)] => (*value, *r, *c),
        _ => return None,
    };
    sorted_str_items(vm, value, reverse, case_sensitive)
}

/// `sorted(value)` by the (lower-cased unless `case_sensitive`) text, for
/// an exact list or tuple of exact strs.
pub(crate) fn sorted_str_items(
    vm: &Vm,
    value: Value,
    reverse: bool,
    case_sensitive: bool,
) -> Option<Vec<Value>> {
    let id = value.as_obj()?;
    if vm.heap.subclassed(id).is_some() {
        return None;
    }
    let (Object::List(items) | Object::Tuple(items)) = vm.heap.get(id) else {
        return None;
    };
    let mut keyed = Vec::with_capacity(items.len());
    for item in items {
        let text = exact_text(vm, *item)?;
        let key = if case_sensitive {
            text.to_owned()
        } else {
            text.to_lowercase()
        };
        keyed.push((key, *item));
    }
    if reverse {
        keyed.sort_by(|a, b| b.0.cmp(&a.0));
    } else {
        keyed.sort_by(|a, b| a.0.cmp(&b.0));
    }
    Some(keyed.into_iter().map(|(_, v)| v).collect())
}

/// The key of `truncate`'s policy and its hash (computed once per process).
const LEEWAY_KEY: &str = "truncate.leeway";

/// `environment.policies['truncate.leeway']` when the environment is a plain
/// instance whose policies are a dict holding an int there.
fn truncate_leeway(vm: &mut Vm, env: Value) -> Option<i64> {
    static LEEWAY_HASH: std::sync::OnceLock<i64> = std::sync::OnceLock::new();
    let policies = vm.interner.intern_static("policies");
    let Some(Object::Instance(inst)) = env.as_obj().map(|id| vm.heap.get(id)) else {
        return None;
    };
    let dict = inst.attrs.get(policies).and_then(Value::as_obj)?;
    let hash = *LEEWAY_HASH.get_or_init(|| crate::value::hash::hash_str(LEEWAY_KEY));
    match super::jinja_values::dict_get_str(vm, dict, LEEWAY_KEY, hash) {
        Some(Value::Int(n)) => Some(n),
        _ => None,
    }
}

/// `truncate(env, s, length=255, killwords=False, end='...', leeway=None)`:
/// jinja2's `truncate` filter for an exact str with int lengths and an
/// exact str end (lengths counted in characters); anything else goes to
/// `_jinja2_filters.do_truncate`.
pub(crate) fn truncate(vm: &mut Vm, _: Value, args: Args) -> RunResult<Called> {
    if args.keywords.is_empty() {
        if let [env, s, rest @ ..] = args.positional.as_slice() {
            if let Some(result) = truncated(vm, *env, *s, rest) {
                return Ok(Called::Value(result));
            }
        }
    }
    fallback_args(vm, "_jinja2_filters", "do_truncate", args)
}

/// The byte offset where character `n` of `text` starts, `None` when
/// `text` has `n` characters or fewer (an ASCII prefix is not decoded).
fn char_start(text: &str, n: usize) -> Option<usize> {
    match text.as_bytes().get(..=n) {
        Some(prefix) if prefix.is_ascii() => Some(n),
        Some(_) => text.char_indices().nth(n).map(|(i, _)| i),
        // a char is at least one byte
        None => None,
    }
}

/// Whether `text` has at most `limit` characters (counting no further than `limit`).
fn at_most_chars(text: &str, limit: i64) -> bool {
    usize::try_from(limit).is_ok_and(|limit| char_start(text, limit).is_none())
}

/// [`truncate`]'s result for `truncate(env, s, *rest)` in the plain case
/// (`None`: leave it to Python).
pub(crate) fn truncated(vm: &mut Vm, env: Value, s: Value, rest: &[Value]) -> Option<Value> {
    if rest.len() > 4 {
        return None;
    }
    let length = match rest.first() {
        None => 255,
        Some(Value::Int(n)) => *n,
        Some(_) => return None,
    };
    let killwords = match rest.get(1) {
        None => false,
        Some(Value::Bool(b)) => *b,
        Some(_) => return None,
    };
    let leeway = match rest.get(3) {
        None | Some(Value::None) => truncate_leeway(vm, env)?,
        Some(Value::Int(n)) => *n,
        Some(_) => return None,
    };
    let end = match rest.get(2) {
        None => "...",
        Some(v) => exact_text(vm, *v)?,
    };
    let text = exact_text(vm, s)?;
    let keep = length - end.chars().count() as i64;
    if keep < 0 || leeway < 0 {
        // the Python filter raises jinja2's assertion errors
        return None;
    }
    if at_most_chars(text, length.saturating_add(leeway)) {
        return Some(s);
    }
    let cut = usize::try_from(keep)
        .ok()
        .and_then(|keep| char_start(text, keep))
        .unwrap_or(text.len());
    let mut head = text.get(..cut).unwrap_or(text);
    if !killwords {
        if let Some(space) = head.bytes().rposition(|b| b == b' ') {
            head = head.get(..space).unwrap_or(head);
        }
    }
    let mut out = String::with_capacity(head.len() + end.len());
    out.push_str(head);
    out.push_str(end);
    Some(vm.new_str(out))
}

/// Whether `v` is a builtin value that cannot be an `Undefined`, and its truth:
/// [`jinja_values::truth`](super::jinja_values::truth) for a value that is
/// not of a user subclass (whose `__bool__` or `__len__` may differ).
pub(crate) fn plain_truth(vm: &Vm, v: Value) -> Option<bool> {
    if v.as_obj()
        .is_some_and(|id| vm.heap.subclassed(id).is_some())
    {
        return None;
    }
    super::jinja_values::truth(vm, v)
}

/// `default(value, default_value='', boolean=False)`: jinja2's `default`
/// filter for builtin values (never undefined); anything else goes to
/// `_jinja2_filters.do_default`.
pub(crate) fn default(vm: &mut Vm, _: Value, args: Args) -> RunResult<Called> {
    if args.keywords.is_empty() {
        let (value, default_value, boolean) = match args.positional.as_slice() {
            [v] => (*v, None, false),
            [v, d] => (*v, Some(*d), false),
            [v, d, Value::Bool(b)] => (*v, Some(*d), *b),
            _ => return fallback_args(vm, "_jinja2_filters", "do_default", args),
        };
        if let Some(truth) = plain_truth(vm, value) {
            if !boolean || truth {
                return Ok(Called::Value(value));
            }
            return Ok(Called::Value(match default_value {
                Some(d) => d,
                None => vm.new_str(String::new()),
            }));
        }
    }
    fallback_args(vm, "_jinja2_filters", "do_default", args)
}

/// The attributes of `v` when it is an instance of the class `name` of module `jinja2`.
fn jinja2_instance<'a>(
    vm: &'a Vm,
    v: Value,
    name: &str,
) -> Option<&'a crate::value::symbol::AttrMap> {
    let Object::Instance(inst) = vm.heap.get(v.as_obj()?) else {
        return None;
    };
    let class = vm.class(inst.class)?;
    (&*class.name == name && &*class.module == "jinja2").then_some(&inst.attrs)
}

/// Whether the `_DictUptodate` check `check` (`DictLoader`'s `uptodate`) says
/// its template is up to date; `None` when Python must ask it.
fn dict_uptodate(vm: &mut Vm, check: Value) -> Option<bool> {
    let [mapping, name, source] =
        ["mapping", "name", "source"].map(|a| vm.interner.intern_static(a));
    let attrs = jinja2_instance(vm, check, "_DictUptodate")?;
    let (mapping, name, source) = (attrs.get(mapping)?, attrs.get(name)?, attrs.get(source)?);
    let mapping = mapping.as_obj()?;
    if !super::jinja_values::is_exact_dict(vm, mapping) {
        return None;
    }
    let key = exact_text(vm, name)?;
    let now =
        super::jinja_values::dict_get_str(vm, mapping, key, crate::value::hash::hash_str(key));
    match now {
        None => Some(false),
        Some(now) if now == source => Some(true),
        Some(now) => Some(exact_text(vm, now)? == exact_text(vm, source)?),
    }
}

/// `environment.get_template(name)` when the answer is the template cached
/// under the str `name` and jinja2's reload check keeps it (`auto_reload` off,
/// no `uptodate`, or a `DictLoader`'s source unchanged); `None` when Python
/// must decide (loads, reloads, user loaders, subclasses, errors).
pub(crate) fn fresh_cached(vm: &mut Vm, env: Value, name: Value) -> Option<Value> {
    let [cache, loader, auto_reload, uptodate] =
        ["cache", "loader", "auto_reload", "_uptodate"].map(|a| vm.interner.intern_static(a));
    let attrs = jinja2_instance(vm, env, "Environment")?;
    let (cache, loader, auto_reload) = (
        attrs.get(cache)?,
        attrs.get(loader)?,
        attrs.get(auto_reload)?,
    );
    if loader == Value::None {
        return None;
    }
    let cache = cache.as_obj()?;
    if !super::jinja_values::is_exact_dict(vm, cache) {
        return None;
    }
    let key = exact_text(vm, name)?;
    let template =
        super::jinja_values::dict_get_str(vm, cache, key, crate::value::hash::hash_str(key))?;
    let Object::Instance(inst) = vm.heap.get(template.as_obj()?) else {
        return None;
    };
    let check = inst.attrs.get(uptodate)?;
    match auto_reload {
        Value::Bool(false) => Some(template),
        Value::Bool(true) if check == Value::None => Some(template),
        Value::Bool(true) => dict_uptodate(vm, check)?.then_some(template),
        _ => None,
    }
}

/// `cached_template(environment, name)`: [`fresh_cached`]'s template, or `None`.
pub(crate) fn cached_template(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [env, name] = args.exact("cached_template")?;
    Ok(fresh_cached(vm, env, name).unwrap_or(Value::None))
}
