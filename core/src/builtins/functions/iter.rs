//! Iteration builtins: `len`, `sorted`, `enumerate`, `zip`, `reversed`,
//! `iter`, `next`, `any`, `all`, `map`, `filter`.
//!
//! Divergence: `map` and `filter` consume their input eagerly (their callbacks
//! run in a nested loop); the results are the same unless the input is
//! infinite or the callback has side effects interleaved with the consumer.

use crate::eval::call::{Args, Called};
use crate::eval::frame::{Frame, GenMode, NativeFrame, Pending};
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::iter::Iter;
use crate::value::object::Object;
use crate::value::Value;

/// <https://docs.python.org/3/library/functions.html#len>
pub(crate) fn builtin_len(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [v] = args.exact("len")?;
    vm.len(v).map(|n| Value::Int(n as i64))
}

impl Vm {
    /// `len(v)`.
    pub(crate) fn len(&mut self, v: Value) -> RunResult<usize> {
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
                Object::Instance(_) => {
                    let sym = self.interner.intern("__len__");
                    if let Some(f) = self.lookup_type_attr(self.type_of(v), sym) {
                        let n = self.call_nested(f, vec![v])?;
                        return match n {
                            Value::Int(i) if i >= 0 => Ok(i as usize),
                            Value::Int(_) => Err(RunError::new(
                                ExcKind::ValueError,
                                "__len__() should return >= 0",
                            )),
                            Value::Bool(b) => Ok(usize::from(b)),
                            other if self.index_value(other).is_some() => {
                                let negative = self.index_value(other).is_some_and(|i| i < 0);
                                Err(if negative {
                                    RunError::new(
                                        ExcKind::ValueError,
                                        "__len__() should return >= 0",
                                    )
                                } else {
                                    RunError::new(
                                        ExcKind::OverflowError,
                                        "cannot fit 'int' into an index-sized integer",
                                    )
                                })
                            }
                            other => Err(RunError::new(
                                ExcKind::TypeError,
                                format!(
                                    "'{}' object cannot be interpreted as an integer",
                                    self.type_name(other)
                                ),
                            )),
                        };
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
    args.no_more_keywords(vm, "sorted")?;
    let [iterable] = args.exact("sorted")?;
    let items = vm.collect_values(iterable)?;
    let reverse = match reverse {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    vm.start_sort(items, key, reverse, None)
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
    Ok(new_iter(
        vm,
        if strict {
            Iter::ZipStrict { inner }
        } else {
            Iter::Zip { inner }
        },
    ))
}

/// The next tuple of `zip(..., strict=True)`, or CPython's length-mismatch `ValueError`.
pub(crate) fn zip_strict_next(vm: &mut Vm, inner: &[Value]) -> RunResult<Option<Value>> {
    let mut items = Vec::with_capacity(inner.len());
    for (k, it) in inner.iter().enumerate() {
        match vm.next_nested(*it)? {
            Some(v) => items.push(v),
            None if k == 0 => {
                for (j, rest) in inner.iter().enumerate().skip(1) {
                    if vm.next_nested(*rest)?.is_some() {
                        return Err(zip_mismatch(j, "longer"));
                    }
                }
                return Ok(None);
            }
            None => return Err(zip_mismatch(k, "shorter")),
        }
    }
    if items.is_empty() {
        return Ok(None);
    }
    Ok(Some(vm.new_tuple(items)))
}

#[cold]
fn zip_mismatch(k: usize, what: &str) -> RunError {
    let others = if k == 1 {
        "argument 1".to_owned()
    } else {
        format!("arguments 1-{k}")
    };
    RunError::new(
        ExcKind::ValueError,
        format!("zip() argument {} is {what} than {others}", k + 1),
    )
}

/// <https://docs.python.org/3/library/functions.html#reversed>
pub(crate) fn builtin_reversed(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [seq] = args.exact("reversed")?;
    if let Value::Obj(id) = seq {
        match vm.heap.get(id) {
            Object::List(items) | Object::Tuple(items) => {
                let left = items.len();
                return Ok(new_iter(vm, Iter::Reversed { seq: id, left }));
            }
            Object::Range(_) | Object::Str(_) | Object::Dict(_) | Object::DictView(..) => {
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
    let parts = args.between("iter", 1, 2)?.to_vec();
    match parts.as_slice() {
        [func, sentinel] => {
            let callable = crate::builtins::functions::reflect::builtin_callable(
                vm,
                Value::None,
                Args::positional(vec![*func]),
            )?;
            if callable != Value::Bool(true) {
                return Err(RunError::new(
                    ExcKind::TypeError,
                    "iter(v, w): v must be callable",
                ));
            }
            let it = crate::value::iter::Iter::Callable {
                func: *func,
                sentinel: *sentinel,
            };
            Ok(Value::Obj(vm.heap.alloc(Object::Iter(it))))
        }
        _ => vm.get_iter(parts[0]),
    }
}

/// <https://docs.python.org/3/library/functions.html#next>
pub(crate) fn builtin_next(vm: &mut Vm, _: Value, args: Args) -> RunResult<Called> {
    let parts = args.between("next", 1, 2)?.to_vec();
    let (it, default) = (parts[0], parts.get(1).copied());
    if let Value::Obj(id) = it {
        match vm.heap.get(id) {
            Object::Iter(_) => {
                return match (vm.builtin_next(id)?, default) {
                    (Some(v), _) | (None, Some(v)) => Ok(Called::Value(v)),
                    (None, None) => {
                        Err(RunError::new(ExcKind::StopIteration, String::new()).without_args())
                    }
                };
            }
            Object::Generator(_) => {
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
            _ => {}
        }
    }
    match vm.next_nested(it) {
        Ok(Some(v)) => Ok(Called::Value(v)),
        Ok(None) => match default {
            Some(v) => Ok(Called::Value(v)),
            None => Err(RunError::new(ExcKind::StopIteration, String::new()).without_args()),
        },
        Err(e) => Err(e),
    }
}

/// <https://docs.python.org/3/library/functions.html#any>
pub(crate) fn builtin_any(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [iterable] = args.exact("any")?;
    let it = vm.get_iter(iterable)?;
    while let Some(v) = vm.next_nested(it)? {
        if vm.truthy(v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// <https://docs.python.org/3/library/functions.html#all>
pub(crate) fn builtin_all(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [iterable] = args.exact("all")?;
    let it = vm.get_iter(iterable)?;
    while let Some(v) = vm.next_nested(it)? {
        if !vm.truthy(v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// <https://docs.python.org/3/library/functions.html#map>
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
    let iterators: Vec<Value> = iterables
        .iter()
        .map(|v| vm.get_iter(*v))
        .collect::<RunResult<_>>()?;
    let mut items = Vec::new();
    'outer: loop {
        let mut call_args = Vec::with_capacity(iterators.len());
        for it in &iterators {
            match vm.next_nested(*it)? {
                Some(v) => call_args.push(v),
                None => break 'outer,
            }
        }
        items.push(vm.call_nested(func, call_args)?);
    }
    Ok(new_iter(vm, Iter::Values { items, index: 0 }))
}

/// <https://docs.python.org/3/library/functions.html#filter>
pub(crate) fn builtin_filter(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [func, iterable] = args.exact("filter")?;
    let it = vm.get_iter(iterable)?;
    let mut items = Vec::new();
    while let Some(v) = vm.next_nested(it)? {
        let keep = if func == Value::None {
            v
        } else {
            vm.call_nested(func, vec![v])?
        };
        if vm.truthy(keep)? {
            items.push(v);
        }
    }
    Ok(new_iter(vm, Iter::Values { items, index: 0 }))
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
