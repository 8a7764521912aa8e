//! Consumers: builtins that drain an iterable (`list(gen)`, `sum`, `min`,
//! `max`, `any`, `all`, `sorted`, `str.join`, `in`, `list.extend`) as one
//! resumable loop. Each item comes from [`Vm::iter_next`]; when producing it
//! runs Python code (a generator, a user `__next__`, a `map` callback), the
//! loop waits on the frame stack as a [`Cont::Consume`] and goes on when the
//! item is delivered. Callbacks per item (key functions, `__add__` in `sum`)
//! are resumable calls the same way. The loop never recurses on the Rust stack
//! per item.

use serde::{Deserialize, Serialize};

use super::call::{Args, Called};
use super::cont::Cont;
use super::frame::{Frame, NativeFrame, Pending};
use super::iter::Next;
use super::vm::Vm;
use crate::compile::code::{BinOp, CmpOp};
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::object::Object;
use crate::value::Value;

/// What a consumer does with the items.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) enum Fold {
    /// `list(it)` / `tuple(it)`.
    Collect {
        /// Items so far.
        items: Vec<Value>,
        /// Make a tuple.
        tuple: bool,
    },
    /// `set(it)` / `frozenset(it)`.
    Set {
        /// Items so far.
        items: Vec<Value>,
        /// Make a frozenset.
        frozen: bool,
    },
    /// `list.extend(it)`, `[*it]`: append to an existing list; gives `None`.
    Extend {
        /// The list.
        list: Value,
    },
    /// `sum(it, start)`.
    Sum {
        /// The running total.
        acc: Value,
    },
    /// `any(it)` (`all(it)` when `all`).
    AnyAll {
        /// `all` rather than `any`.
        all: bool,
    },
    /// `min`/`max` with optional `key=` and `default=`.
    Extreme {
        /// `max` rather than `min`.
        max: bool,
        /// The key function.
        key: Option<Value>,
        /// The best item and its key so far.
        best: Option<(Value, Value)>,
        /// What an empty iterable gives.
        default: Option<Value>,
    },
    /// `sorted(it, key=, reverse=)`: collect, then sort.
    Sorted {
        /// Items so far.
        items: Vec<Value>,
        /// The key function.
        key: Option<Value>,
        /// Descending.
        reverse: bool,
    },
    /// `sep.join(it)`.
    Join {
        /// The separator.
        sep: Value,
        /// The strings so far.
        parts: Vec<Value>,
    },
    /// `item in it` (`not in` when `invert`).
    Contains {
        /// What is looked for.
        item: Value,
        /// `not in`.
        invert: bool,
    },
    /// `a, b, *c = it`: the targets' values, checked, as a tuple.
    Unpack {
        /// Items so far.
        items: Vec<Value>,
        /// Targets before the star (all targets without one).
        before: u32,
        /// Targets after the star, if there is one.
        after: Option<u32>,
    },
    /// `dict(pairs)` / `dict.update(pairs)`: each item is a key/value pair.
    Pairs {
        /// The dict filled.
        dict: Value,
        /// Give the dict (else `None`).
        give_dict: bool,
        /// Index of the next element (for the error message).
        index: usize,
    },
}

impl Fold {
    /// Calls `f` with every value the fold holds.
    pub(crate) fn trace(&self, f: &mut impl FnMut(Value)) {
        match self {
            Fold::Collect { items, .. } | Fold::Set { items, .. } | Fold::Unpack { items, .. } => {
                for v in items {
                    f(*v);
                }
            }
            Fold::Sorted { items, key, .. } => {
                for v in items {
                    f(*v);
                }
                if let Some(v) = key {
                    f(*v);
                }
            }
            Fold::Extend { list: v }
            | Fold::Sum { acc: v }
            | Fold::Contains { item: v, .. }
            | Fold::Pairs { dict: v, .. } => f(*v),
            Fold::AnyAll { .. } => {}
            Fold::Extreme {
                key, best, default, ..
            } => {
                key.iter().chain(default.iter()).for_each(|v| f(*v));
                if let Some((a, b)) = best {
                    f(*a);
                    f(*b);
                }
            }
            Fold::Join { sep, parts } => {
                f(*sep);
                for v in parts {
                    f(*v);
                }
            }
        }
    }
}

/// What a fold wants after seeing an item.
enum FoldStep {
    /// The next item.
    More,
    /// The consumer is done early with this value (`any`, `in`).
    Stop(Value),
    /// Call `func(args)` and give the result to [`Vm::fold_result`].
    Call(Value, Args),
    /// Compute `a + b` (user `__add__`) and give it to [`Vm::fold_result`].
    Add(Value, Value),
}

/// Where the consumer loop resumes.
enum Then {
    /// Ask the iterator for the next item.
    Next,
    /// Fold this item.
    Item(Value),
    /// The callback for `item` returned `result`.
    Result(Value, Value),
}

impl Vm {
    /// Drains `iterable` into `fold` (`iter()` on it first, resumably).
    pub(crate) fn consume_called(&mut self, iterable: Value, fold: Fold) -> RunResult<Called> {
        if let Some(f) = self.user_dunder(iterable, "__iter__") {
            let then = Cont::ConsumeStart { fold };
            return self.call_then(f, Args::positional(vec![iterable]), then);
        }
        let it = self.get_iter(iterable)?;
        self.consume_from(it, fold, Then::Next)
    }

    /// `__iter__` returned the iterator to drain.
    pub(crate) fn consume_start(&mut self, fold: Fold, got: Pending) -> RunResult<Called> {
        match got {
            Pending::Value(it) => {
                self.iter_result(it)?;
                self.consume_from(it, fold, Then::Next)
            }
            Pending::Error(e) => Err(e),
            _ => Err(RunError::internal("consumer start delivery")),
        }
    }

    /// Continues a consumer with what the frame above delivered.
    pub(crate) fn resume_consume(
        &mut self,
        it: Value,
        fold: Fold,
        awaiting: Option<Value>,
        got: Pending,
    ) -> RunResult<Called> {
        let then = match (got, awaiting) {
            (Pending::Value(v), None) => Then::Item(v),
            (Pending::Value(r), Some(item)) => Then::Result(item, r),
            (Pending::Exhausted, None) => return self.finish_fold(fold),
            (Pending::Error(e), None) if self.is_stop_iteration(&e) => {
                return self.finish_fold(fold)
            }
            (Pending::Error(e), _) => return Err(e),
            _ => return Err(RunError::internal("consumer delivery")),
        };
        self.consume_from(it, fold, then)
    }

    /// The consumer loop: runs until an item or callback needs Python code
    /// (the loop then waits on the stack) or the fold is finished.
    fn consume_from(&mut self, it: Value, mut fold: Fold, mut then: Then) -> RunResult<Called> {
        loop {
            self.native_tick()?;
            let step = match then {
                Then::Next => {
                    let base = self.frames.len();
                    self.frames.push(consume_frame(it, fold, None));
                    let next = self.iter_next(it);
                    match next {
                        Ok(Next::Pushed) => return Ok(Called::Pushed),
                        Ok(Next::Host(call)) => return Ok(Called::Host(call)),
                        _ => {}
                    }
                    fold = self.take_consume(base)?;
                    match next? {
                        Next::Item(v) => {
                            then = Then::Item(v);
                            continue;
                        }
                        _ => return self.finish_fold(fold),
                    }
                }
                Then::Item(v) => (self.fold_item(&mut fold, v)?, v),
                Then::Result(item, r) => (self.fold_result(&mut fold, item, r)?, item),
            };
            then = match step {
                (FoldStep::More, _) => Then::Next,
                (FoldStep::Stop(v), _) => return Ok(Called::Value(v)),
                (FoldStep::Call(func, args), item) => {
                    let base = self.frames.len();
                    self.frames.push(consume_frame(it, fold, Some(item)));
                    let called = self.call(func, args);
                    if let Ok(Called::Pushed | Called::Host(_)) = called {
                        return called;
                    }
                    fold = self.take_consume(base)?;
                    match called? {
                        Called::Value(r) => Then::Result(item, r),
                        _ => return Err(RunError::internal("consumer call state")),
                    }
                }
                (FoldStep::Add(a, b), item) => {
                    let then = Cont::Consume {
                        it,
                        fold,
                        awaiting: Some(item),
                    };
                    let base = self.frames.len();
                    self.frames.push(Frame::Native(NativeFrame::Cont(then)));
                    let called = self.binary_called(BinOp::Add, a, b, false);
                    if let Ok(Called::Pushed | Called::Host(_)) = called {
                        return called;
                    }
                    fold = self.take_consume(base)?;
                    match called? {
                        Called::Value(r) => Then::Result(item, r),
                        _ => return Err(RunError::internal("consumer add state")),
                    }
                }
            };
        }
    }

    /// Takes back the consumer frame pushed at `base` (the step finished at once).
    fn take_consume(&mut self, base: usize) -> RunResult<Fold> {
        self.frames.truncate(base + 1);
        match self.frames.pop() {
            Some(Frame::Native(NativeFrame::Cont(Cont::Consume { fold, .. }))) => Ok(fold),
            _ => Err(RunError::internal("consumer frame lost")),
        }
    }

    /// Folds one item.
    fn fold_item(&mut self, fold: &mut Fold, v: Value) -> RunResult<FoldStep> {
        match fold {
            Fold::Collect { items, .. } | Fold::Set { items, .. } | Fold::Sorted { items, .. } => {
                items.push(v);
                if items
                    .len()
                    .is_multiple_of(crate::limits::CHECK_EVERY as usize)
                {
                    // The items are not on the heap yet: count them against the limit.
                    self.reserve(items.len() * std::mem::size_of::<Value>())?;
                }
            }
            Fold::Unpack {
                items,
                before,
                after,
            } => {
                items.push(v);
                if after.is_none() && items.len() > *before as usize {
                    // CPython stops pulling at the first value too many.
                    return Err(crate::exc::ops::too_many_to_unpack(*before as usize));
                }
            }
            Fold::Extend { list } => {
                if let Some(Object::List(items)) = list.as_obj().and_then(|l| self.heap.get_mut(l))
                {
                    items.push(v);
                }
            }
            Fold::Sum { acc } => {
                if self.is_user_object(*acc) || self.is_user_object(v) {
                    return Ok(FoldStep::Add(*acc, v));
                }
                *acc = self.binary_op(BinOp::Add, *acc, v)?;
            }
            Fold::AnyAll { all } => {
                if self.truthy(v)? != *all {
                    return Ok(FoldStep::Stop(Value::Bool(!*all)));
                }
            }
            Fold::Extreme { key: Some(f), .. } => {
                return Ok(FoldStep::Call(*f, Args::positional(vec![v])));
            }
            Fold::Extreme { .. } => return self.fold_result(fold, v, v),
            Fold::Join { parts, .. } => {
                if self.str_value(v).is_none() {
                    return Err(RunError::new(
                        ExcKind::TypeError,
                        format!(
                            "sequence item {}: expected str instance, {} found",
                            parts.len(),
                            self.type_name(v)
                        ),
                    ));
                }
                parts.push(v);
            }
            Fold::Contains { item, invert } => {
                if v.is(*item) || self.eq(v, *item)? {
                    return Ok(FoldStep::Stop(Value::Bool(!*invert)));
                }
            }
            Fold::Pairs { dict, index, .. } => {
                let pair = self.collect_values(v)?;
                let [k, value] = pair.as_slice() else {
                    return Err(RunError::new(
                        ExcKind::ValueError,
                        format!(
                            "dictionary update sequence element #{index} has length {}; 2 is required",
                            pair.len()
                        ),
                    ));
                };
                *index += 1;
                let d = dict
                    .as_obj()
                    .ok_or_else(|| RunError::internal("pairs target"))?;
                self.dict_set(Value::Obj(d), *k, *value)?;
            }
        }
        Ok(FoldStep::More)
    }

    /// Takes the result of the callback made for `item`.
    fn fold_result(&mut self, fold: &mut Fold, item: Value, r: Value) -> RunResult<FoldStep> {
        match fold {
            Fold::Sum { acc } => *acc = r,
            Fold::Extreme { max, best, .. } => {
                let replace = match best {
                    None => true,
                    Some((_, bk)) => {
                        // CPython asks `item > best` for max and `item < best` for min.
                        let op = if *max { CmpOp::Gt } else { CmpOp::Lt };
                        let replace = self.compare(op, r, *bk)?;
                        self.truthy(replace)?
                    }
                };
                if replace {
                    *best = Some((item, r));
                }
            }
            _ => return Err(RunError::internal("fold without callbacks")),
        }
        Ok(FoldStep::More)
    }

    /// The consumer's result once the iterator is exhausted.
    fn finish_fold(&mut self, fold: Fold) -> RunResult<Called> {
        let value = match fold {
            Fold::Collect { items, tuple } => {
                if tuple {
                    self.new_tuple(items)
                } else {
                    self.new_list(items)
                }
            }
            Fold::Set { items, frozen } => self.new_set(&items, frozen)?,
            Fold::Unpack {
                items,
                before,
                after,
            } => {
                let targets =
                    self.unpack_items(items, before as usize, after.map(|a| a as usize))?;
                self.new_tuple(targets)
            }
            Fold::Extend { .. } => Value::None,
            Fold::Pairs {
                dict, give_dict, ..
            } => {
                if give_dict {
                    dict
                } else {
                    Value::None
                }
            }
            Fold::Sum { acc } => acc,
            Fold::AnyAll { all } => Value::Bool(all),
            Fold::Contains { invert, .. } => Value::Bool(invert),
            Fold::Extreme {
                max, best, default, ..
            } => match (best, default) {
                (Some((v, _)), _) | (None, Some(v)) => v,
                (None, None) => {
                    let name = if max { "max" } else { "min" };
                    return Err(RunError::new(
                        ExcKind::ValueError,
                        format!("{name}() arg is an empty sequence"),
                    ));
                }
            },
            Fold::Sorted {
                items,
                key,
                reverse,
            } => return self.start_sort(items, key, reverse, None),
            Fold::Join { sep, parts } => {
                let sep = self.str_value(sep).unwrap_or_default();
                self.reserve(self.joined_bytes(&parts, sep.len()).saturating_mul(2))?;
                let texts: Vec<String> = parts.iter().filter_map(|p| self.str_value(*p)).collect();
                self.new_str(texts.join(&sep))
            }
        };
        Ok(Called::Value(value))
    }
}

/// The native frame of a consumer.
fn consume_frame(it: Value, fold: Fold, awaiting: Option<Value>) -> Frame {
    Frame::Native(NativeFrame::Cont(Cont::Consume { it, fold, awaiting }))
}
