//! Calling: argument binding with CPython's messages, Python function frames,
//! builtins, bound methods, classes (instance creation + `__init__`), host
//! functions (which pause the run).

use super::frame::{Frame, NativeFrame, PyFrame};
use super::vm::Vm;
use crate::compile::code::{Code, CodeKind};
use crate::compile::CodeId;
use crate::exc::{call as msg, ops, RunError, RunResult};
use crate::host::HostCall;
use crate::value::function::{Function, Generator};
use crate::value::object::Object;
use crate::value::symbol::{AttrMap, Symbol};
use crate::value::{ObjId, Value};

/// Arguments of a call.
#[derive(Clone, Debug, Default)]
pub(crate) struct Args {
    /// Positional arguments.
    pub positional: Vec<Value>,
    /// Keyword arguments in call order.
    pub keywords: Vec<(Symbol, Value)>,
}

impl Args {
    /// Positional arguments only.
    pub(crate) fn positional(positional: Vec<Value>) -> Self {
        Args {
            positional,
            keywords: Vec::new(),
        }
    }
}

/// What a call did.
pub(crate) enum Called {
    /// It finished with this value (builtins).
    Value(Value),
    /// It pushed frames; the result will be delivered to the caller.
    Pushed,
    /// It is a host function: the run pauses.
    Host(HostCall),
}

impl Vm {
    /// Calls `callee`. The caller's frame must already be on the frame stack.
    pub(crate) fn call(&mut self, callee: Value, args: Args) -> RunResult<Called> {
        let Value::Obj(id) = callee else {
            return Err(ops::not_callable(&self.type_name(callee)));
        };
        match self.heap.get(id) {
            Object::Function(_) => self.call_function(id, args),
            Object::Builtin(builtin) => {
                let builtin = *builtin;
                crate::builtins::call(self, builtin, None, args)
            }
            Object::BoundMethod(m) => {
                let (receiver, function) = (m.receiver, m.function);
                if let Value::Obj(f) = function {
                    if let Object::Builtin(builtin) = self.heap.get(f) {
                        let builtin = *builtin;
                        return crate::builtins::call(self, builtin, Some(receiver), args);
                    }
                }
                let mut args = args;
                args.positional.insert(0, receiver);
                self.call(function, args)
            }
            Object::Class(_) => self.call_class(id, args),
            Object::HostFunction(h) => {
                let (module, function) = (h.module.to_string(), h.name.to_string());
                let call = self.host_call(module, function, &args)?;
                Ok(Called::Host(self.pause_at(call)))
            }
            _ => {
                if let Some(origin) = self.alias_origin(callee) {
                    return self.call(origin, args);
                }
                let call = self.interner.intern_static("__call__");
                match self.lookup_type_attr(self.type_of(callee), call) {
                    Some(f) => {
                        let mut args = args;
                        args.positional.insert(0, callee);
                        self.call(f, args)
                    }
                    None => Err(ops::not_callable(&self.type_name(callee))),
                }
            }
        }
    }

    /// The call of host function `module.function` with `args` (its id is set
    /// when the run pauses at it); an error inside a callback that cannot pause.
    pub(crate) fn host_call(
        &mut self,
        module: String,
        function: String,
        args: &Args,
    ) -> RunResult<HostCall> {
        if self.nested > 0 {
            let place = match self.nested_callees.first() {
                Some(&callee) => {
                    let name = self.callable_name(callee);
                    format!("inside {name}(), which a builtin calls without a frame to wait in")
                }
                None => "inside a callback called by a builtin".to_owned(),
            };
            return Err(RunError::new(
                crate::exc::ExcKind::RuntimeError,
                format!("cannot pause for {module}.{function}() {place}"),
            ));
        }
        let positional = args
            .positional
            .iter()
            .map(|v| self.host_value(*v))
            .collect();
        let kwargs = args
            .keywords
            .iter()
            .map(|(k, v)| (self.interner.name(*k).to_owned(), self.host_value(*v)))
            .collect();
        Ok(HostCall {
            id: 0,
            module,
            function,
            args: positional,
            kwargs,
        })
    }

    /// Calls a Python function: binds arguments into a new frame and pushes it
    /// (or wraps it in a generator).
    pub(crate) fn call_function(&mut self, id: ObjId, args: Args) -> RunResult<Called> {
        let Object::Function(func) = self.heap.get(id) else {
            return Err(RunError::internal("call_function on a non-function"));
        };
        let (code_id, globals) = (func.code, func.globals);
        let program = self.program_of(code_id)?;
        let code = Vm::code_in(&program, code_id)?;
        // Bound straight into a recycled frame's locals buffer.
        let mut frame = self.blank_frame();
        if let Err(e) = self.bind_arguments(id, code, args, &mut frame.locals) {
            self.recycle(frame);
            return Err(e);
        }
        self.set_up_frame(&mut frame, code_id, code, globals);
        if let Object::Function(f) = self.heap.get(id) {
            frame.cells.extend_from_slice(&f.closure);
        }
        if code.is_generator {
            let (name, qualname) = match self.heap.get(id) {
                Object::Function(f) => (f.name.clone(), f.qualname.clone()),
                _ => ("<genexpr>".into(), "<genexpr>".into()),
            };
            let gen = self.heap.alloc(Object::Generator(Generator {
                frame: Some(frame),
                running: false,
                finished: false,
                started: false,
                handled: None,
                name,
                qualname,
                kind: code.gen_kind,
            }));
            if code.gen_kind == crate::compile::code::GenKind::AsyncGenerator {
                self.track_asyncgen(gen);
            }
            return Ok(Called::Value(Value::Obj(gen)));
        }
        self.push_python(frame)?;
        Ok(Called::Pushed)
    }

    /// A frame for `code` with `locals` bound, cells made, closure attached.
    pub(crate) fn new_frame(
        &mut self,
        code_id: CodeId,
        globals: ObjId,
        locals: Vec<Option<Value>>,
        closure: &[ObjId],
    ) -> RunResult<Box<PyFrame>> {
        let mut frame = self.blank_frame();
        frame.locals = locals;
        let program = self.program_of(code_id)?;
        let code = Vm::code_in(&program, code_id)?;
        self.set_up_frame(&mut frame, code_id, code, globals);
        frame.cells.extend_from_slice(closure);
        Ok(frame)
    }

    /// Completes a frame whose locals are bound, but for the closure's
    /// cells: sizes the locals, makes the code's own cells and (for class
    /// bodies) a namespace.
    fn set_up_frame(&mut self, frame: &mut PyFrame, code_id: CodeId, code: &Code, globals: ObjId) {
        frame.code = code_id;
        frame.pc = 0;
        frame.globals = globals;
        frame.generator = None;
        frame.locals.resize(code.varnames.len(), None);
        for cell in 0..code.cellvars.len() {
            let initial = code
                .cell_params
                .iter()
                .find(|(c, _)| *c as usize == cell)
                .and_then(|(_, slot)| frame.locals.get(*slot as usize).copied().flatten());
            frame.cells.push(self.heap.alloc(Object::Cell(initial)));
        }
        frame.namespace = match code.kind {
            CodeKind::Class => Some(self.heap.alloc(Object::Namespace(AttrMap::default()))),
            _ => None,
        };
    }

    /// An empty frame, reusing the buffers of a finished one when possible.
    #[expect(
        clippy::unnecessary_box_returns,
        reason = "frames live boxed on the frame stack and in generators; the pool recycles the box"
    )]
    pub(crate) fn blank_frame(&mut self) -> Box<PyFrame> {
        match self.frame_pool.pop() {
            Some(frame) => frame,
            None => Box::new(PyFrame {
                code: CodeId {
                    program: 0,
                    index: 0,
                },
                pc: 0,
                locals: Vec::new(),
                stack: Vec::with_capacity(8),
                cells: Vec::new(),
                globals: self.builtins,
                namespace: None,
                generator: None,
                outer_handled: None,
            }),
        }
    }

    /// Gives a finished frame's buffers back for reuse.
    pub(crate) fn recycle(&mut self, mut frame: Box<PyFrame>) {
        if self.frame_pool.len() < 256 {
            frame.locals.clear();
            frame.stack.clear();
            frame.cells.clear();
            frame.namespace = None;
            frame.generator = None;
            frame.outer_handled = None;
            self.frame_pool.push(frame);
        }
    }

    /// `f(a1..an)` straight from the caller's stack for a plain Python
    /// function with exactly `n` positional parameters; `None` if not eligible.
    pub(crate) fn fast_call(&mut self, callee: Value, args: &[Value]) -> Option<Box<PyFrame>> {
        self.fast_call_with(callee, None, args)
    }

    /// [`Vm::fast_call`] with `first` (a receiver: `self` of `__init__`)
    /// before `args`.
    pub(crate) fn fast_call_with(
        &mut self,
        callee: Value,
        first: Option<Value>,
        args: &[Value],
    ) -> Option<Box<PyFrame>> {
        let Value::Obj(id) = callee else {
            return None;
        };
        let Object::Function(f) = self.heap.get(id) else {
            return None;
        };
        let given = args.len() + usize::from(first.is_some());
        let (params, nlocals) = f.fast.filter(|(n, _)| *n as usize == given)?;
        let (code_id, globals) = (f.code, f.globals);
        let mut frame = self.blank_frame();
        frame.locals.extend(first.map(Some));
        frame.locals.extend(args.iter().map(|v| Some(*v)));
        frame.locals.resize(nlocals.max(params) as usize, None);
        if let Object::Function(f) = self.heap.get(id) {
            frame.cells.extend_from_slice(&f.closure);
        }
        frame.code = code_id;
        frame.pc = 0;
        frame.globals = globals;
        Some(frame)
    }

    /// Binds `args` to the parameters of `code` (CPython's rules and messages).
    /// `locals` is an empty buffer (a recycled frame's).
    fn bind_arguments(
        &mut self,
        func: ObjId,
        code: &Code,
        args: Args,
        locals: &mut Vec<Option<Value>>,
    ) -> RunResult<()> {
        let p = &code.params;
        let (positional, kwonly) = (p.positional as usize, p.kwonly as usize);
        // The parameter counts index the names: counts from a damaged
        // snapshot's code that pass them are an internal error, not a panic.
        let slots = positional + kwonly + usize::from(p.varargs) + usize::from(p.varkw);
        if slots > code.varnames.len() || p.posonly as usize > positional {
            return Err(RunError::internal("parameter counts past the code's names"));
        }
        let given = args.positional.len();
        if given == positional && args.keywords.is_empty() && kwonly == 0 && !p.varargs && !p.varkw
        {
            locals.extend(args.positional.into_iter().map(Some));
            locals.resize(code.varnames.len(), None);
            return Ok(());
        }
        locals.resize(code.varnames.len(), None);
        // The qualname, the keyword names and the defaults are read only
        // where they are needed: most calls that reach here bind defaults or
        // keywords without an error.
        let mut extra = Vec::new();
        for (i, v) in args.positional.into_iter().enumerate() {
            match locals.get_mut(i).filter(|_| i < positional) {
                Some(slot) => *slot = Some(v),
                None => extra.push(v),
            }
        }
        let kwargs_dict = if p.varkw { Some(self.new_dict()) } else { None };
        let mut posonly_as_kw = Vec::new();
        for &(name, value) in &args.keywords {
            let text = self.interner.name(name);
            let slot = code.varnames[..positional + kwonly]
                .iter()
                .position(|n| &**n == text)
                .filter(|&i| i >= p.posonly as usize);
            match slot {
                Some(i) => {
                    if locals[i].is_some() {
                        return Err(msg::multiple_values(&self.function_qualname(func), text));
                    }
                    locals[i] = Some(value);
                }
                None => match kwargs_dict {
                    Some(d) => {
                        let key = self.new_str(text.to_owned());
                        self.dict_set(d, key, value)?;
                    }
                    None if code.varnames[..p.posonly as usize]
                        .iter()
                        .any(|n| &**n == text) =>
                    {
                        posonly_as_kw.push(text.to_owned());
                    }
                    None => {
                        return Err(msg::unexpected_keyword(&self.function_qualname(func), text))
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            let names: Vec<&str> = posonly_as_kw.iter().map(String::as_str).collect();
            let qualname = self.function_qualname(func);
            return Err(msg::positional_only_as_keyword(&qualname, &names));
        }
        if !extra.is_empty() && !p.varargs {
            let kw_names: Vec<Symbol> = args.keywords.iter().map(|(k, _)| *k).collect();
            let qualname = self.function_qualname(func);
            return Err(self.too_many_positional(func, code, &qualname, given, &kw_names));
        }
        self.fill_defaults(func, code, locals)?;
        let mut slot = positional + kwonly;
        if p.varargs {
            locals[slot] = Some(self.new_tuple(extra));
            slot += 1;
        }
        if let Some(d) = kwargs_dict {
            locals[slot] = Some(d);
        }
        Ok(())
    }

    /// Fills unbound parameters from defaults; reports the missing ones.
    fn fill_defaults(
        &self,
        func: ObjId,
        code: &Code,
        locals: &mut [Option<Value>],
    ) -> RunResult<()> {
        let p = &code.params;
        let (positional, kwonly) = (p.positional as usize, p.kwonly as usize);
        let (defaults, kwdefaults) = match self.heap.get(func) {
            Object::Function(f) => (&f.defaults[..], &f.kwdefaults[..]),
            _ => (&[][..], &[][..]),
        };
        // `__defaults__` may be assigned a tuple longer than the parameters: its tail counts.
        let skip = defaults.len().saturating_sub(positional);
        let first_default = positional - (defaults.len() - skip);
        let mut missing = Vec::new();
        for (i, local) in locals.iter_mut().enumerate().take(positional) {
            if local.is_none() {
                match i
                    .checked_sub(first_default)
                    .and_then(|d| defaults.get(d + skip))
                {
                    Some(v) => *local = Some(*v),
                    None => missing.push(code.varnames.get(i).map_or("?", |n| &**n)),
                }
            }
        }
        if !missing.is_empty() {
            let qualname = self.function_qualname(func);
            return Err(msg::missing_arguments(&qualname, "positional", &missing));
        }
        for k in 0..kwonly {
            let i = positional + k;
            // Counts from a damaged snapshot's code may pass the locals.
            let local = locals
                .get_mut(i)
                .ok_or_else(|| RunError::internal("keyword-only parameter out of range"))?;
            if local.is_none() {
                match kwdefaults.get(k).copied().flatten() {
                    Some(v) => *local = Some(v),
                    None => missing.push(code.varnames.get(i).map_or("?", |n| &**n)),
                }
            }
        }
        if !missing.is_empty() {
            let qualname = self.function_qualname(func);
            return Err(msg::missing_arguments(&qualname, "keyword-only", &missing));
        }
        Ok(())
    }

    /// `f() takes N positional arguments but M were given`.
    fn too_many_positional(
        &self,
        func: ObjId,
        code: &Code,
        qualname: &str,
        given: usize,
        kw_names: &[Symbol],
    ) -> RunError {
        let p = &code.params;
        let (positional, kwonly) = (p.positional as usize, p.kwonly as usize);
        let defaults = self.function_defaults(func).0.len();
        let kw_given = kw_names
            .iter()
            .filter(|k| {
                let name = self.interner.name(**k);
                code.varnames[positional..positional + kwonly]
                    .iter()
                    .any(|n| &**n == name)
            })
            .count();
        let min = positional as i64 - defaults as i64;
        msg::too_many_positional(qualname, min, positional, given, kw_given)
    }

    fn function_qualname(&self, func: ObjId) -> String {
        match self.heap.get(func) {
            Object::Function(f) => f.qualname.to_string(),
            _ => "?".to_owned(),
        }
    }

    fn function_defaults(&self, func: ObjId) -> (Vec<Value>, Vec<Option<Value>>) {
        match self.heap.get(func) {
            Object::Function(f) => (f.defaults.clone(), f.kwdefaults.clone()),
            _ => (Vec::new(), Vec::new()),
        }
    }

    /// Whether `v` is a Python-level function.
    pub(crate) fn is_python_function(&self, v: Value) -> bool {
        matches!(v, Value::Obj(id) if matches!(self.heap.get(id), Object::Function(_)))
    }

    /// Whether `v` is a Python function that binds as a method (not one
    /// marked `native`, see [`crate::value::function::Function::native`]).
    #[inline]
    pub(crate) fn binds_as_method(&self, v: Value) -> bool {
        matches!(v, Value::Obj(id) if matches!(self.heap.get(id), Object::Function(f) if !f.native))
    }

    /// `MakeFunction`: pops closure/kw-defaults/defaults as flagged.
    pub(crate) fn make_function(
        &mut self,
        frame: &mut PyFrame,
        index: u32,
        flags: u8,
    ) -> RunResult<Value> {
        let code_id = CodeId {
            program: frame.code.program,
            index,
        };
        let mut pop = || {
            frame
                .stack
                .pop()
                .ok_or_else(|| RunError::internal("MakeFunction underflow"))
        };
        let closure = if flags & 8 != 0 { Some(pop()?) } else { None };
        let annotations = if flags & 4 != 0 { Some(pop()?) } else { None };
        let kwdefaults = if flags & 2 != 0 { Some(pop()?) } else { None };
        let defaults = if flags & 1 != 0 { Some(pop()?) } else { None };
        let program = self.program_of(code_id)?;
        let code = Vm::code_in(&program, code_id)?;
        let closure = match closure {
            Some(t) => self
                .tuple_items(t)?
                .into_iter()
                .filter_map(Value::as_obj)
                .collect(),
            None => Vec::new(),
        };
        let defaults = match defaults {
            Some(t) => self.tuple_items(t)?,
            None => Vec::new(),
        };
        let p = &code.params;
        // Checked: a damaged snapshot can carry any counts (found by pyex-fuzz).
        let kwonly = p.positional as usize..p.positional as usize + p.kwonly as usize;
        let kwonly_names = code
            .varnames
            .get(kwonly)
            .ok_or_else(|| RunError::internal("function parameters out of range"))?;
        let mut kw = vec![None; kwonly_names.len()];
        if let Some(d) = kwdefaults {
            for (key, value) in self.dict_entries(d)? {
                let name = self.str_value(key).unwrap_or_default();
                if let Some(i) = kwonly_names.iter().position(|n| **n == *name) {
                    kw[i] = Some(value);
                }
            }
        }
        let function = Function {
            code: code_id,
            name: code.name.clone(),
            qualname: code.qualname.clone(),
            defaults,
            kwdefaults: kw,
            closure,
            globals: frame.globals,
            attrs: self.function_attrs(annotations, code.doc.as_deref()),
            fast: (!code.is_generator
                && code.kind == CodeKind::Function
                && code.cellvars.is_empty()
                && code.params.kwonly == 0
                && !code.params.varargs
                && !code.params.varkw)
                .then_some((code.params.positional, code.varnames.len() as u32)),
            native: false,
        };
        Ok(Value::Obj(
            self.heap.alloc(Object::Function(Box::new(function))),
        ))
    }

    /// `BuildClass`: runs the body with a namespace, then makes the class (native frame).
    pub(crate) fn build_class(
        &mut self,
        body: Value,
        name: Value,
        bases: &[Value],
        keywords: Option<Value>,
    ) -> RunResult<Called> {
        let name = self.str_value(name).unwrap_or_default();
        let keywords = self.class_keywords(keywords)?;
        let (base_ids, resolved) = self.resolve_bases(bases)?;
        let Some(Object::Function(f)) = body.as_obj().map(|id| self.heap.get(id)) else {
            return Err(RunError::internal("class body is not a function"));
        };
        let (code, globals, closure) = (f.code, f.globals, f.closure.clone());
        let frame = self.new_frame(code, globals, Vec::new(), &closure)?;
        let namespace = frame
            .namespace
            .ok_or_else(|| RunError::internal("class frame without namespace"))?;
        if resolved {
            let key = self.interner.intern("__orig_bases__");
            let orig = self.new_tuple(bases.to_vec());
            self.namespace_set(namespace, key, orig);
        }
        self.frames.push(Frame::Native(NativeFrame::BuildClass {
            name: name.into(),
            bases: base_ids,
            namespace,
            keywords,
        }));
        self.push_python(frame)?;
        Ok(Called::Pushed)
    }

    /// The classes a `class` statement's bases stand for (`types.resolve_bases`): a base that
    /// is not a class gives the classes its `__mro_entries__(bases)` returns (`Generic[T]`,
    /// `NamedTuple`); `true` when any base was replaced, so `__orig_bases__` is recorded.
    fn resolve_bases(&mut self, bases: &[Value]) -> RunResult<(Vec<ObjId>, bool)> {
        let mut base_ids = Vec::new();
        let mut resolved = false;
        let entries = self.interner.intern("__mro_entries__");
        for base in bases {
            if let Value::Obj(id) = base {
                if self.class(*id).is_some() {
                    base_ids.push(*id);
                    continue;
                }
            }
            let class = self.type_of(*base);
            let not_types = || RunError::new(crate::exc::ExcKind::TypeError, "bases must be types");
            let Some(method) = self.lookup_type_attr(class, entries) else {
                return Err(not_types());
            };
            let orig = self.new_tuple(bases.to_vec());
            let result = self.call_hook(method, vec![*base, orig])?;
            if !matches!(
                result.as_obj().map(|id| self.heap.get(id)),
                Some(Object::Tuple(_))
            ) {
                return Err(RunError::new(
                    crate::exc::ExcKind::TypeError,
                    "__mro_entries__ must return a tuple",
                ));
            }
            for entry in self.tuple_items(result)? {
                match entry {
                    Value::Obj(id) if self.class(id).is_some() => base_ids.push(id),
                    _ => return Err(not_types()),
                }
            }
            resolved = true;
        }
        Ok((base_ids, resolved))
    }

    /// `CallKw`: splits the trailing keyword values off by the names tuple.
    pub(crate) fn keyword_args(&mut self, mut values: Vec<Value>, names: Value) -> RunResult<Args> {
        // The names are read in place (no copy of the tuple).
        let Some(Object::Tuple(names)) = names.as_obj().map(|id| self.heap.get(id)) else {
            return Err(RunError::internal("expected a tuple"));
        };
        let split = values.len().saturating_sub(names.len());
        let mut keywords = Vec::with_capacity(names.len());
        for (name, value) in names.iter().zip(values.drain(split..)) {
            let name = match name.as_obj().map(|id| self.heap.get(id)) {
                Some(Object::Str(s)) => self.interner.intern(s.as_str()),
                _ => self.interner.intern(""),
            };
            keywords.push((name, value));
        }
        Ok(Args {
            positional: values,
            keywords,
        })
    }

    /// `CallEx`: `f(*args, **kwargs)`.
    pub(crate) fn star_args(
        &mut self,
        callee: Value,
        positional: Value,
        kwargs: Option<Value>,
    ) -> RunResult<Args> {
        let positional = self.star_positional(callee, positional)?;
        let mut keywords = Vec::new();
        if let Some(d) = kwargs {
            let Some(entries) = self.dict_entries(d).ok() else {
                let name = self.function_str(callee);
                return Err(msg::kwargs_not_mapping(&name, &self.type_name(d)));
            };
            for (key, value) in entries {
                let Some(Object::Str(s)) = key.as_obj().map(|id| self.heap.get(id)) else {
                    return Err(msg::keywords_must_be_strings());
                };
                keywords.push((self.interner.intern(s.as_str()), value));
            }
        }
        Ok(Args {
            positional,
            keywords,
        })
    }

    /// The name CPython shows for a callable in call errors.
    pub(crate) fn callable_name(&self, callee: Value) -> String {
        match callee.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Function(f)) => f.qualname.to_string(),
            Some(Object::Builtin(b)) => crate::builtins::name(*b).clone(),
            _ => self.type_name(callee),
        }
    }
}
