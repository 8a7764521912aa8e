//! Iteration builtins: `len`, `sorted`, `enumerate`, `zip`, `reversed`,
//! `iter`, `next`, `any`, `all`, `map`, `filter`.
//!
//! Consumers (`sorted`, `min`, `max`, `sum`, `any`, `all`) drain their input
//! with a resumable loop (`eval/consume.rs`); `map` and `filter` are lazy
//! iterators whose callbacks run as resumable steps (`eval/lazy.rs`).

use crate::eval::call::{Args, Called};
use crate::eval::consume::Fold;
use crate::eval::frame::{Frame, GenMode, NativeFrame, Pending};
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::iter::Iter;
use crate::value::object::Object;
use crate::value::Value;

/// <https://docs.python.org/3/library/functions.html#len>
pub(crate) fn builtin_len(vm: &mut Vm, _: Value, args: Args) -> RunResult<Called> {
    let [v] = args.exact("len")?;
    vm.len_called(v)
}

impl Vm {
    /// `len(v)`.
    pub(crate) fn len(&mut self, v: Value) -> RunResult<usize> {
        if let Some(n) = self.subclass_len(v)? {
            return Ok(n);
        }
        if let Value::Obj(id) = v {
            match self.heap.get(id) {
                Object::Str(s) => return Ok(s.char_len()),
                Object::Bytes(b) | Object::ByteArray(b) => return Ok(b.len()),
                Object::MemoryView(_) => return Ok(self.buffer(v).map_or(0, <[u8]>::len)),
                Object::List(items) | Object::Tuple(items) => return Ok(items.len()),
                Object::Dict(d) => return Ok(d.len()),
                Object::Set(s) | Object::FrozenSet(s) => return Ok(s.len()),
                Object::DictView(d, _) => {
                    if let Object::Dict(d) = self.heap.get(*d) {
                        return Ok(d.len());
                    }
                }
                Object::Range(r) => return Ok(r.len() as usize),
                Object::BigRange(r) => {
                    return usize::try_from(r.len())
                        .ok()
                        .filter(|n| i64::try_from(*n).is_ok())
                        .ok_or_else(|| {
                            RunError::new(
                                ExcKind::OverflowError,
                                "Python int too large to convert to C ssize_t",
                            )
                        });
                }
                Object::Instance(_) | Object::Class(_) => {
                    // A class's len() is its metaclass's `__len__` (an Enum's member count).
                    let sym = self.interner.intern("__len__");
                    if let Some(f) = self.lookup_type_attr(self.type_of(v), sym) {
                        let n = self.call_nested(f, vec![v])?;
                        return self.len_result(n).map(|n| n as usize);
                    }
                }
                _ => {}
            }
        }
        Err(RunError::new(
            ExcKind::TypeError,
            format!("object of type '{}' has no len()", self.type_name(v)),
        ))
    }

    /// Sorts `items` by `keys` (parallel), stable, using `<` only.
    pub(crate) fn sort_by_keys(
        &mut self,
        items: &mut Vec<Value>,
        keys: &[Value],
        reverse: bool,
    ) -> RunResult<()> {
        let mut order: Vec<usize> = (0..items.len()).collect();
        if reverse {
            order.reverse();
        }
        let mut lt = |x: usize, y: usize| self.less_than(keys[x], keys[y]);
        if order.len() < 64 {
            small_sort(&mut order, &mut lt)?;
        } else {
            merge_sort(&mut order, &mut lt)?;
        }
        if reverse {
            order.reverse();
        }
        *items = order.into_iter().map(|i| items[i]).collect();
        Ok(())
    }
}

/// <https://docs.python.org/3/library/functions.html#sorted>
pub(crate) fn builtin_sorted(vm: &mut Vm, _: Value, mut args: Args) -> RunResult<Called> {
    let key = args.take_keyword(vm, "key");
    let reverse = args.take_keyword(vm, "reverse");
    if let Some((k, _)) = args.keywords.first() {
        // `sorted` passes its keywords on to `list.sort`, whose message this is.
        return Err(RunError::new(
            ExcKind::TypeError,
            format!(
                "'{}' is an invalid keyword argument for sort()",
                vm.interner.name(*k)
            ),
        ));
    }
    if args.positional.len() != 1 {
        return Err(crate::exc::call::builtin_arity(
            "sorted",
            "",
            1,
            args.positional.len(),
        ));
    }
    let [iterable] = args.exact("sorted")?;
    let reverse = match reverse {
        Some(r) => vm.int_arg(r)? != 0,
        None => false,
    };
    if let Some(Object::List(items) | Object::Tuple(items)) =
        iterable.as_obj().map(|id| vm.heap.get(id))
    {
        let items = items.clone();
        return vm.start_sort(items, key, reverse, None);
    }
    let fold = Fold::Sorted {
        items: Vec::new(),
        key,
        reverse,
    };
    vm.consume_called(iterable, fold)
}

impl Vm {
    /// Sorts `items` (into a new list, or back into `target`); key calls run
    /// as a resumable native frame, so a key function may pause the run.
    pub(crate) fn start_sort(
        &mut self,
        mut items: Vec<Value>,
        key: Option<Value>,
        reverse: bool,
        target: Option<Value>,
    ) -> RunResult<Called> {
        match key.filter(|k| *k != Value::None) {
            None => {
                let keys = items.clone();
                self.sort_by_keys(&mut items, &keys, reverse)?;
                self.finish_sort(items, target).map(Called::Value)
            }
            Some(key) => {
                let state = NativeFrame::SortKeys {
                    items,
                    keys: Vec::new(),
                    key,
                    reverse,
                    target,
                };
                self.frames.push(Frame::Native(state));
                match self.next_sort_key()? {
                    Some(host) => Ok(Called::Host(host)),
                    None => Ok(Called::Pushed),
                }
            }
        }
    }

    /// Stores the sorted items: a new list, or back into `target` (`None` returned).
    pub(crate) fn finish_sort(
        &mut self,
        items: Vec<Value>,
        target: Option<Value>,
    ) -> RunResult<Value> {
        match target {
            Some(list) => {
                if let Some(Object::List(slot)) = list.as_obj().and_then(|id| self.heap.get_mut(id))
                {
                    *slot = items;
                }
                Ok(Value::None)
            }
            None => Ok(self.new_list(items)),
        }
    }

    /// Drives the `SortKeys` frame on top: calls the key function for the next
    /// item (or sorts when all keys are known, leaving the result pending).
    /// Returns a host call if the key function paused the run.
    pub(crate) fn next_sort_key(&mut self) -> RunResult<Option<crate::host::HostCall>> {
        loop {
            let Some(Frame::Native(NativeFrame::SortKeys {
                items, keys, key, ..
            })) = self.frames.last()
            else {
                return Err(RunError::internal("sort frame lost"));
            };
            if keys.len() == items.len() {
                let Some(Frame::Native(NativeFrame::SortKeys {
                    mut items,
                    keys,
                    reverse,
                    target,
                    ..
                })) = self.frames.pop()
                else {
                    return Err(RunError::internal("sort frame lost"));
                };
                self.sort_by_keys(&mut items, &keys, reverse)?;
                let result = self.finish_sort(items, target)?;
                self.pending = Some(Pending::Value(result));
                return Ok(None);
            }
            let (key, item) = (*key, items[keys.len()]);
            let called = self.call(key, Args::positional(vec![item]));
            let called = match called {
                Ok(c) => c,
                Err(e) => {
                    // The key function raised: the sort is abandoned.
                    if matches!(
                        self.frames.last(),
                        Some(Frame::Native(NativeFrame::SortKeys { .. }))
                    ) {
                        self.frames.pop();
                    }
                    return Err(e);
                }
            };
            match called {
                Called::Value(k) => {
                    if let Some(Frame::Native(NativeFrame::SortKeys { keys, .. })) =
                        self.frames.last_mut()
                    {
                        keys.push(k);
                    }
                }
                Called::Pushed => return Ok(None),
                Called::Host(call) => return Ok(Some(call)),
            }
        }
    }
}

fn new_iter(vm: &mut Vm, iter: Iter) -> Value {
    Value::Obj(vm.heap.alloc(Object::Iter(iter)))
}

/// <https://docs.python.org/3/library/functions.html#enumerate>
pub(crate) fn builtin_enumerate(vm: &mut Vm, _: Value, mut args: Args) -> RunResult<Value> {
    let start = args.take_keyword(vm, "start");
    args.no_more_keywords(vm, "enumerate")?;
    let parts = args.between("enumerate", 1, 2)?.to_vec();
    let start = match parts.get(1).copied().or(start) {
        Some(s) => vm.int_arg(s)?,
        None => 0,
    };
    let inner = vm.get_iter(parts[0])?;
    Ok(new_iter(
        vm,
        Iter::Enumerate {
            inner,
            count: start,
        },
    ))
}

/// <https://docs.python.org/3/library/functions.html#zip>
pub(crate) fn builtin_zip(vm: &mut Vm, _: Value, mut args: Args) -> RunResult<Value> {
    let strict = match args.take_keyword(vm, "strict") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if let Some((k, _)) = args.keywords.first() {
        return Err(RunError::new(
            ExcKind::TypeError,
            format!(
                "'{}' is an invalid keyword argument for zip()",
                vm.interner.name(*k)
            ),
        ));
    }
    let mut inner = Vec::with_capacity(args.positional.len());
    for v in &args.positional {
        inner.push(vm.get_iter(*v)?);
    }
    Ok(new_iter(vm, Iter::Zip { inner, strict }))
}

/// <https://docs.python.org/3/library/functions.html#reversed>: a user
/// `__reversed__` is called resumably; a user sequence (`__len__` and
/// `__getitem__`) is read backwards lazily (its `__len__` runs nested).
pub(crate) fn builtin_reversed(vm: &mut Vm, _: Value, args: Args) -> RunResult<Called> {
    let [seq] = args.exact("reversed")?;
    if let Some(f) = vm
        .user_dunder(seq, "__reversed__")
        .or_else(|| vm.meta_dunder(seq, "__reversed__"))
    {
        return vm.call(f, Args::positional(vec![seq]));
    }
    if vm.user_dunder(seq, "__len__").is_some() && vm.user_dunder(seq, "__getitem__").is_some() {
        // Lazy, like CPython's `reversed` object: `seq[len-1]`, .., `seq[0]`.
        let n = vm.len(seq)?;
        let it = Iter::GetItem {
            obj: seq,
            index: n as i64 - 1,
            step: -1,
        };
        return Ok(Called::Value(new_iter(vm, it)));
    }
    builtin_reversed_builtin(vm, seq).map(Called::Value)
}

/// `reversed()` of builtin sequences.
fn builtin_reversed_builtin(vm: &mut Vm, seq: Value) -> RunResult<Value> {
    if let Value::Obj(id) = seq {
        match vm.heap.get(id) {
            Object::List(items) | Object::Tuple(items) => {
                let left = items.len();
                return Ok(new_iter(vm, Iter::Reversed { seq: id, left }));
            }
            Object::Range(r) => {
                let (len, step) = (r.len(), r.step);
                let next = r.at(len - 1);
                let step = step.wrapping_neg();
                return Ok(new_iter(
                    vm,
                    Iter::Range {
                        next,
                        left: len,
                        step,
                    },
                ));
            }
            Object::BigRange(r) => {
                let len = r.len();
                let state = crate::value::big_range::BigRangeIter {
                    next: r.at(&(&len - num_bigint::BigInt::from(1))),
                    left: len,
                    step: -&r.step,
                };
                return Ok(new_iter(vm, Iter::BigRange(Box::new(state))));
            }
            Object::Str(_) | Object::Dict(_) | Object::DictView(..) => {
                let mut items = vm.collect_values(seq)?;
                items.reverse();
                return Ok(new_iter(vm, Iter::Values { items, index: 0 }));
            }
            _ => {}
        }
    }
    Err(RunError::new(
        ExcKind::TypeError,
        format!("'{}' object is not reversible", vm.type_name(seq)),
    ))
}

/// <https://docs.python.org/3/library/functions.html#iter>
pub(crate) fn builtin_iter(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    if let [func, sentinel] = args.positional.as_slice() {
        if args.keywords.is_empty() {
            let (func, sentinel) = (*func, *sentinel);
            let callable =
                super::reflect::builtin_callable(vm, Value::None, Args::positional(vec![func]))?;
            if callable != Value::Bool(true) {
                return Err(RunError::new(
                    ExcKind::TypeError,
                    "iter(v, w): v must be callable",
                ));
            }
            return Ok(new_iter(vm, Iter::Callable { func, sentinel }));
        }
    }
    let [v] = args.exact("iter")?;
    vm.get_iter(v)
}

/// <https://docs.python.org/3/library/functions.html#next>
pub(crate) fn builtin_next(vm: &mut Vm, _: Value, args: Args) -> RunResult<Called> {
    let parts = args.between("next", 1, 2)?.to_vec();
    let (it, default) = (parts[0], parts.get(1).copied());
    if let Value::Obj(id) = it {
        match vm.heap.get(id) {
            Object::Iter(_) if vm.iter_is_plain(id) => {
                return match (vm.builtin_next(id)?, default) {
                    (Some(v), _) | (None, Some(v)) => Ok(Called::Value(v)),
                    (None, None) => {
                        Err(RunError::new(ExcKind::StopIteration, String::new()).without_args())
                    }
                };
            }
            Object::Generator(g) if g.kind == crate::compile::code::GenKind::Generator => {
                return match default {
                    None => vm.resume_generator(id, GenMode::Next, Pending::Value(Value::None)),
                    Some(default) => {
                        vm.frames
                            .push(Frame::Native(NativeFrame::NextDefault { default }));
                        let resumed =
                            vm.resume_generator(id, GenMode::Iter, Pending::Value(Value::None));
                        if resumed.is_err() {
                            vm.frames.pop();
                        }
                        resumed
                    }
                };
            }
            Object::Generator(_) => {
                return Err(RunError::new(
                    ExcKind::TypeError,
                    format!("'{}' object is not an iterator", vm.type_name(it)),
                ));
            }
            _ => {}
        }
    }
    vm.next_called(it, default)
}

/// <https://docs.python.org/3/library/functions.html#any>
pub(crate) fn builtin_any(vm: &mut Vm, _: Value, args: Args) -> RunResult<Called> {
    let [iterable] = args.exact("any")?;
    vm.consume_called(iterable, Fold::AnyAll { all: false })
}

/// <https://docs.python.org/3/library/functions.html#all>
pub(crate) fn builtin_all(vm: &mut Vm, _: Value, args: Args) -> RunResult<Called> {
    let [iterable] = args.exact("all")?;
    vm.consume_called(iterable, Fold::AnyAll { all: true })
}

/// <https://docs.python.org/3/library/functions.html#sum>
pub(crate) fn builtin_sum(vm: &mut Vm, _: Value, mut args: Args) -> RunResult<Called> {
    let start = args.take_keyword(vm, "start");
    args.no_more_keywords(vm, "sum")?;
    let parts = args.between("sum", 1, 2)?.to_vec();
    let acc = parts.get(1).copied().or(start).unwrap_or(Value::Int(0));
    if vm.str_value(acc).is_some() {
        return Err(RunError::new(
            ExcKind::TypeError,
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    if vm.buffer(acc).is_some() {
        return Err(RunError::new(
            ExcKind::TypeError,
            format!(
                "sum() can't sum {} [use b''.join(seq) instead]",
                vm.type_name(acc)
            ),
        ));
    }
    vm.consume_called(parts[0], Fold::Sum { acc })
}

/// `min`/`max`: one iterable (resumable, with `key=`/`default=`) or several arguments.
fn extreme(vm: &mut Vm, mut args: Args, max: bool) -> RunResult<Called> {
    let name = if max { "max" } else { "min" };
    let key = args.take_keyword(vm, "key").filter(|k| *k != Value::None);
    let default = args.take_keyword(vm, "default");
    args.no_more_keywords(vm, name)?;
    let fold = Fold::Extreme {
        max,
        key,
        best: None,
        default,
    };
    match args.positional.as_slice() {
        [] => Err(RunError::new(
            ExcKind::TypeError,
            format!("{name} expected at least 1 argument, got 0"),
        )),
        [one] => vm.consume_called(*one, fold),
        many => {
            if default.is_some() {
                return Err(RunError::new(
                    ExcKind::TypeError,
                    format!(
                        "Cannot specify a default for {name}() with multiple positional arguments"
                    ),
                ));
            }
            let items = vm.new_tuple(many.to_vec());
            vm.consume_called(items, fold)
        }
    }
}

/// <https://docs.python.org/3/library/functions.html#min>
pub(crate) fn builtin_min(vm: &mut Vm, _: Value, args: Args) -> RunResult<Called> {
    extreme(vm, args, false)
}

/// <https://docs.python.org/3/library/functions.html#max>
pub(crate) fn builtin_max(vm: &mut Vm, _: Value, args: Args) -> RunResult<Called> {
    extreme(vm, args, true)
}

/// <https://docs.python.org/3/library/functions.html#map>: a lazy iterator.
pub(crate) fn builtin_map(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let Some((&func, iterables)) = args
        .positional
        .split_first()
        .filter(|(_, rest)| !rest.is_empty())
    else {
        return Err(RunError::new(
            ExcKind::TypeError,
            "map() must have at least two arguments.",
        ));
    };
    let inner: Vec<Value> = iterables
        .iter()
        .map(|v| vm.get_iter(*v))
        .collect::<RunResult<_>>()?;
    Ok(new_iter(vm, Iter::Map { func, inner }))
}

/// <https://docs.python.org/3/library/functions.html#filter>: a lazy iterator.
pub(crate) fn builtin_filter(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [func, iterable] = args.exact("filter")?;
    let inner = vm.get_iter(iterable)?;
    Ok(new_iter(vm, Iter::Filter { func, inner }))
}

/// CPython's `list.sort` on fewer than 64 items: the initial run is found
/// (`count_run`), then binary insertion, so comparisons happen in CPython's order.
fn small_sort(
    order: &mut [usize],
    lt: &mut impl FnMut(usize, usize) -> RunResult<bool>,
) -> RunResult<()> {
    let n = order.len();
    if n < 2 {
        return Ok(());
    }
    let mut run = 2;
    if lt(order[1], order[0])? {
        while run < n && lt(order[run], order[run - 1])? {
            run += 1;
        }
        order[..run].reverse();
    } else {
        while run < n && !lt(order[run], order[run - 1])? {
            run += 1;
        }
    }
    for start in run..n {
        let pivot = order[start];
        let (mut lo, mut hi) = (0, start);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if lt(pivot, order[mid])? {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        order.copy_within(lo..start, lo + 1);
        order[lo] = pivot;
    }
    Ok(())
}

/// A stable merge sort using only `<` (large inputs).
fn merge_sort(
    order: &mut Vec<usize>,
    lt: &mut impl FnMut(usize, usize) -> RunResult<bool>,
) -> RunResult<()> {
    let n = order.len();
    let mut width = 32;
    for chunk in order.chunks_mut(width) {
        small_sort(chunk, lt)?;
    }
    let mut buffer = Vec::with_capacity(n);
    while width < n {
        buffer.clear();
        for start in (0..n).step_by(2 * width) {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j) = (start, mid);
            while i < mid && j < end {
                if lt(order[j], order[i])? {
                    buffer.push(order[j]);
                    j += 1;
                } else {
                    buffer.push(order[i]);
                    i += 1;
                }
            }
            buffer.extend_from_slice(&order[i..mid]);
            buffer.extend_from_slice(&order[j..end]);
        }
        std::mem::swap(order, &mut buffer);
        width *= 2;
    }
    Ok(())
}

/// <https://docs.python.org/3/library/functions.html#print>: user instances
/// are converted with a resumable `str()` first, then printed.
pub(crate) fn builtin_print(vm: &mut Vm, _: Value, args: Args) -> RunResult<Called> {
    if !args.positional.iter().any(|v| vm.is_user_object(*v)) {
        return super::io::builtin_print(vm, Value::None, args).map(Called::Value);
    }
    let then = crate::builtins::lookup("builtins", "print")
        .map(|id| vm.builtin_object(id))
        .ok_or_else(|| RunError::internal("print is not a builtin"))?;
    let mut rest = args.positional;
    rest.reverse();
    vm.str_args_called(Vec::new(), rest, args.keywords, then)
}

/// <https://docs.python.org/3/library/functions.html#repr>
pub(crate) fn builtin_repr(vm: &mut Vm, _: Value, args: Args) -> RunResult<Called> {
    let [v] = args.exact("repr")?;
    vm.text_called(v, true)
}

/// <https://docs.python.org/3/library/functions.html#format>
pub(crate) fn builtin_format(vm: &mut Vm, _: Value, args: Args) -> RunResult<Called> {
    if let [v, ..] = args.positional.as_slice() {
        if vm.is_user_object(*v) && args.keywords.is_empty() && args.positional.len() <= 2 {
            let spec = args.positional.get(1).copied();
            if spec.is_none_or(|s| vm.str_value(s).is_some()) {
                return vm.format_called(*v, 0, spec);
            }
        }
    }
    super::reflect::builtin_format(vm, Value::None, args).map(Called::Value)
}

/// `str.join(iterable)`: lists and tuples at once, other iterables drained
/// by a resumable consumer.
pub(crate) fn str_join(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Called> {
    let is_sequence = matches!(
        args.positional
            .first()
            .and_then(|v| v.as_obj())
            .map(|id| vm.heap.get(id)),
        Some(Object::List(_) | Object::Tuple(_))
    );
    if is_sequence
        || args.positional.len() != 1
        || vm.str_value(receiver).is_none()
        || !needs_consumer(vm, args.positional[0])
    {
        return crate::builtins::methods::str_search::join(vm, receiver, args).map(Called::Value);
    }
    let fold = Fold::Join {
        sep: receiver,
        parts: Vec::new(),
    };
    vm.consume_called(args.positional[0], fold)
}

/// Whether draining `v` may run Python code (generators, lazy iterators,
/// user iterables): such inputs go through a resumable consumer.
fn needs_consumer(vm: &mut Vm, v: Value) -> bool {
    match v.as_obj().map(|id| (id, vm.heap.get(id))) {
        Some((_, Object::Generator(_))) => true,
        Some((id, Object::Iter(_))) => !vm.iter_is_plain(id),
        Some((_, Object::Instance(_))) => vm.user_dunder(v, "keys").is_none(),
        _ => false,
    }
}

/// `list.extend(iterable)`, resumable for generators and user iterables.
pub(crate) fn list_extend(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Called> {
    match args.positional.as_slice() {
        [v] if args.keywords.is_empty() && needs_consumer(vm, *v) => {
            let v = *v;
            vm.consume_called(v, Fold::Extend { list: receiver })
        }
        _ => crate::builtins::methods::list::extend(vm, receiver, args).map(Called::Value),
    }
}

/// `dict.update(pairs)`, resumable for generators and user iterables of pairs.
pub(crate) fn dict_update(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Called> {
    if args.positional.len() > 1 {
        return Err(crate::exc::call::builtin_arity(
            "update",
            "at most ",
            1,
            args.positional.len(),
        ));
    }
    match args.positional.as_slice() {
        [v] if args.keywords.is_empty() && needs_consumer(vm, *v) => {
            let fold = Fold::Pairs {
                dict: receiver,
                give_dict: false,
                index: 0,
            };
            let v = *v;
            vm.consume_called(v, fold)
        }
        _ => crate::builtins::methods::dict::update(vm, receiver, args).map(Called::Value),
    }
}

/// `dict(pairs)` from a generator or user iterable, resumably (`None`: not such an input).
pub(crate) fn dict_from_pairs(vm: &mut Vm, args: &Args) -> Option<RunResult<Called>> {
    match args.positional.as_slice() {
        [v] if args.keywords.is_empty() && needs_consumer(vm, *v) => {
            let v = *v;
            let dict = vm.new_dict();
            let fold = Fold::Pairs {
                dict,
                give_dict: true,
                index: 0,
            };
            Some(vm.consume_called(v, fold))
        }
        _ => None,
    }
}
