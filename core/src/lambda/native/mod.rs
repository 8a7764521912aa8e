//! The native request path: route matching and parameter binding in Rust.
//!
//! FastAPI's dispatch in Python (`fastapi._lambda_handle`) builds a
//! `Request`, tries each route's matcher, binds and validates parameters
//! through pydantic, calls the handler, runs `jsonable_encoder` and renders a
//! response object: some 200K machine instructions around a handler that
//! returns a small dict. Here the app's routes are read once
//! (`fastapi._native_routes`, at the first request, again when the app's
//! route list or exception handlers change) into a [`Table`]; per request
//! the path is matched and the path and query parameters converted in Rust,
//! and one Python call (`fastapi._native_call(route, kwargs, stream)`) runs
//! the handler (validating a JSON body, parsed here, through pydantic first)
//! and renders its result (natively through `_fastapi_native.respond` for
//! JSON data and `str` bodies).
//!
//! Anything this path does not do exactly as the Python dispatch would (no
//! route or method matched, `HEAD`, a percent-encoded path, a parameter that
//! does not convert, a body that is not JSON, headers, cookies, forms,
//! dependencies, constraints, exception handlers or middleware) is left to
//! `_lambda_handle`: [`prepare`] answers `None` before anything ran, so the
//! response is the same either way.
//!
//! Source code layout: `mod.rs` ([`Table`], [`prepare`]), `params.rs` (path
//! matching, query parsing, conversions), `respond.rs` (the
//! `_fastapi_native.respond` builtin), `model.rs` (`model_fields`: a JSON
//! body validated against a simple pydantic model), `find_app.rs` (the
//! boot's `fastapi._find_app`).

pub(crate) mod find_app;
pub(crate) mod model;
mod params;
pub(crate) mod respond;

use crate::eval::vm::Vm;
use crate::host::HostValue;
use crate::value::object::Object;
use crate::value::{ObjId, Value};

use super::wire::Request;
use params::{Conv, Converted, Kind, Matched, Part, Raw};

/// One route as the native path sees it.
#[derive(Clone, Debug)]
struct Route {
    /// The template is plain segments (no regex): it can be matched here.
    matchable: bool,
    /// Every parameter binds natively.
    native: bool,
    /// Upper-case method names.
    methods: Vec<String>,
    /// The template's segments.
    parts: Vec<Part>,
    /// Whether the last segment is a `{name:path}` parameter.
    tail_path: bool,
    /// The handler's parameters, in order.
    params: Vec<Param>,
}

/// Where a parameter's value comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Source {
    Path,
    Query,
    /// The JSON body (validated by `fastapi._native_body`).
    Body,
}

/// A handler parameter bound natively.
#[derive(Clone, Debug)]
struct Param {
    name: String,
    source: Source,
    kind: Kind,
    /// No default: a missing value is FastAPI's 422 (left to Python).
    required: bool,
}

/// The app's routes, read once (see the module doc).
#[derive(Clone, Debug)]
pub(crate) struct Table {
    /// No exception handlers and no middleware.
    plain: bool,
    routes: Vec<Route>,
    /// `fastapi._native_keep`: `[app.routes, app.exception_handlers,
    /// app.middlewares, route objects...]`.
    keep: ObjId,
    /// The sizes of the three watched containers when the table was read.
    sizes: [usize; 3],
    /// `fastapi._native_call`.
    call: Value,
}

/// The `fastapi` module's attribute `name`.
fn fastapi_attr(vm: &mut Vm, name: &str) -> Option<Value> {
    let module = vm.modules.get("fastapi")?;
    let symbol = vm.interner.intern(name);
    vm.module_attr(module, symbol)
}

/// The number of items of a list or dict.
fn size_of(vm: &Vm, id: ObjId) -> Option<usize> {
    match vm.heap.get(id) {
        Object::List(items) => Some(items.len()),
        Object::Dict(d) => Some(d.len()),
        _ => None,
    }
}

/// The object at `index` of list `id`.
fn item(vm: &Vm, id: ObjId, index: usize) -> Option<Value> {
    match vm.heap.get(id) {
        Object::List(items) => items.get(index).copied(),
        _ => None,
    }
}

impl Table {
    /// The table of what `fastapi._native_routes()` returned (`desc`); `None`
    /// when it is not the expected shape.
    pub(crate) fn read(vm: &mut Vm, desc: &HostValue) -> Option<Table> {
        let HostValue::Tuple(top) = desc else {
            return None;
        };
        let [HostValue::Bool(plain), HostValue::List(routes)] = top.as_slice() else {
            return None;
        };
        let routes = routes.iter().map(route).collect::<Option<Vec<_>>>()?;
        let keep = fastapi_attr(vm, "_native_keep")?.as_obj()?;
        let call = fastapi_attr(vm, "_native_call")?;
        let mut table = Table {
            plain: *plain,
            routes,
            keep,
            sizes: [0; 3],
            call,
        };
        table.sizes = table.watched(vm)?;
        Some(table)
    }

    /// The current sizes of the app's route list, exception handlers and
    /// middleware list.
    fn watched(&self, vm: &Vm) -> Option<[usize; 3]> {
        let size = |i: usize| size_of(vm, item(vm, self.keep, i)?.as_obj()?);
        Some([size(0)?, size(1)?, size(2)?])
    }

    /// Whether the table still describes the app (no route, exception
    /// handler or middleware was added since it was read).
    pub(crate) fn current(&self, vm: &Vm) -> bool {
        self.watched(vm) == Some(self.sizes)
    }
}

/// A [`Route`] from its description `(matchable, native, methods, parts,
/// params, response class)`.
fn route(desc: &HostValue) -> Option<Route> {
    let HostValue::Tuple(fields) = desc else {
        return None;
    };
    let [HostValue::Bool(matchable), HostValue::Bool(native), HostValue::List(methods), HostValue::List(parts), HostValue::List(params), _] =
        fields.as_slice()
    else {
        return None;
    };
    let methods = methods
        .iter()
        .map(|m| match m {
            HostValue::Str(s) => Some(s.clone()),
            _ => None,
        })
        .collect::<Option<Vec<_>>>()?;
    let parts = parts.iter().map(Part::read).collect::<Option<Vec<_>>>()?;
    let tail_path = matches!(
        parts.last(),
        Some(Part::Param {
            conv: Conv::Path,
            ..
        })
    );
    let params = params.iter().map(param).collect::<Option<Vec<_>>>()?;
    Some(Route {
        matchable: *matchable,
        native: *native,
        methods,
        parts,
        tail_path,
        params,
    })
}

/// A [`Param`] from `(name, "path" | "query", kind, required)`.
fn param(desc: &HostValue) -> Option<Param> {
    let HostValue::Tuple(fields) = desc else {
        return None;
    };
    let [HostValue::Str(name), HostValue::Str(source), HostValue::Str(kind), HostValue::Bool(required)] =
        fields.as_slice()
    else {
        return None;
    };
    Some(Param {
        name: name.clone(),
        source: match source.as_str() {
            "path" => Source::Path,
            "query" => Source::Query,
            "body" => Source::Body,
            _ => return None,
        },
        kind: Kind::read(kind)?,
        required: *required,
    })
}

/// The call that answers `request` natively, `(fastapi._native_call, [route,
/// kwargs, stream, body])`, or `None` when `_lambda_handle` must (nothing
/// has run). `body` is `(the parsed JSON body,)` for a route with a body
/// parameter, else `None`.
pub(crate) fn prepare(
    vm: &mut Vm,
    table: &Table,
    request: &Request,
    stream: bool,
) -> Option<(Value, Vec<Value>)> {
    if !table.plain || !request.method.is_ascii() {
        return None;
    }
    let method = request.method.to_ascii_uppercase();
    if method == "HEAD" {
        return None;
    }
    let (path, query) = match request.path.split_once('?') {
        Some((path, query)) => (path, query),
        None => (request.path.as_str(), request.query.as_str()),
    };
    if path.contains('%') {
        return None;
    }
    let segs: Vec<&str> = path.split('/').collect();
    let (index, route, found) = table.routes.iter().enumerate().find_map(|(i, route)| {
        if !route.matchable {
            return Some(None);
        }
        match params::match_parts(&route.parts, route.tail_path, &segs) {
            Matched::No => None,
            Matched::Unknown => Some(None),
            Matched::Yes(found) => route
                .methods
                .contains(&method)
                .then_some(Some((i, route, found))),
        }
    })??;
    if !route.native {
        return None;
    }
    let body = if route.params.iter().any(|p| p.source == Source::Body) {
        let parsed = json_body(vm, request)?;
        vm.new_tuple(vec![parsed])
    } else {
        Value::None
    };
    let kwargs = bind(vm, route, &found, query)?;
    let route_obj = item(vm, table.keep, index + 3)?;
    Some((
        table.call,
        vec![route_obj, kwargs, Value::Bool(stream), body],
    ))
}

/// The request's body parsed as JSON, when `fastapi._read_body` would parse
/// it so and succeed: not empty, a JSON (or no) content type, UTF-8 without
/// a byte-order mark or NULs (which `json.loads` of bytes reads otherwise).
fn json_body(vm: &mut Vm, request: &Request) -> Option<Value> {
    let ctype = request
        .headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-type"))
        .map_or("", |(_, v)| v.as_str());
    if (!ctype.is_empty() && !ctype.contains("json")) || request.body.contains(&0) {
        return None;
    }
    let text = std::str::from_utf8(&request.body).ok()?;
    if text.is_empty() || text.starts_with('\u{feff}') {
        return None;
    }
    // A `null` body is a missing one for FastAPI (left to `_solve`).
    crate::stdlib::json_scan::loads(vm, text)
        .ok()?
        .filter(|v| *v != Value::None)
}

/// The keyword arguments of `route`'s handler (a new dict), or `None` when a
/// parameter is missing or does not convert natively.
fn bind(vm: &mut Vm, route: &Route, found: &[(&str, Raw)], query: &str) -> Option<Value> {
    let pairs = if route.params.iter().any(|p| p.source == Source::Query) {
        params::parse_query(query)?
    } else {
        Vec::new()
    };
    let mut values = Vec::with_capacity(route.params.len());
    for param in &route.params {
        let raw = if param.source == Source::Body {
            continue;
        } else if param.source == Source::Query {
            let last = pairs.iter().rev().find(|(k, _)| *k == param.name);
            last.map(|(_, v)| Raw::Str(v.as_str()))
        } else {
            found
                .iter()
                .find(|(name, _)| *name == param.name)
                .map(|(_, raw)| raw.clone())
        };
        match raw {
            Some(raw) => values.push((param.name.as_str(), params::convert(param.kind, raw)?)),
            None if param.required => return None,
            None => {}
        }
    }
    let kwargs = vm.new_dict();
    for (name, value) in values {
        let value = match value {
            Converted::Value(v) => v,
            Converted::Str(s) => vm.new_str(s),
        };
        let key = vm.new_str(name.to_owned());
        vm.dict_set(kwargs, key, value).ok()?;
    }
    Some(kwargs)
}
