//! The `match` statement's matcher: runs one compiled [`Pat`] against a
//! subject, with the pattern's values already evaluated.
//! <https://docs.python.org/3/reference/compound_stmts.html#the-match-statement>

use super::frame::PyFrame;
use super::vm::Vm;
use crate::compile::code::{Code, Const, Pat};
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::class::Layout;
use crate::value::object::Object;
use crate::value::Value;

/// What the matcher works with: the evaluated values and the capture slots.
struct MatchState<'v> {
    values: &'v [Value],
    captures: Vec<Option<Value>>,
}

impl Vm {
    /// `MatchPattern`: pops the subject and values, pushes captures and the result.
    pub(crate) fn match_pattern(
        &mut self,
        frame: &mut PyFrame,
        code: &Code,
        operand: u32,
    ) -> RunResult<()> {
        let (index, n_values, n_captures) = (
            (operand & 0xffff) as usize,
            ((operand >> 16) & 0xff) as usize,
            (operand >> 24) as usize,
        );
        let pat = code
            .patterns
            .get(index)
            .ok_or_else(|| RunError::internal("bad pattern index"))?;
        let split = frame
            .stack
            .len()
            .checked_sub(n_values + 1)
            .ok_or_else(|| RunError::internal("MatchPattern underflow"))?;
        let mut popped = frame.stack.split_off(split);
        let values = popped.split_off(1);
        let subject = popped[0];
        let mut state = MatchState {
            values: &values,
            captures: vec![None; n_captures],
        };
        let matched = self.match_one(pat, subject, &mut state)?;
        frame
            .stack
            .extend(state.captures.iter().map(|c| c.unwrap_or(Value::None)));
        frame.stack.push(Value::Bool(matched));
        Ok(())
    }

    fn match_one(
        &mut self,
        pat: &Pat,
        subject: Value,
        state: &mut MatchState<'_>,
    ) -> RunResult<bool> {
        match pat {
            Pat::Value(i) => {
                let value = state
                    .values
                    .get(*i as usize)
                    .copied()
                    .unwrap_or(Value::None);
                self.eq(subject, value)
            }
            Pat::Singleton(c) => Ok(match c {
                Const::Bool(b) => subject == Value::Bool(*b),
                _ => subject == Value::None,
            }),
            Pat::Sequence(items) => self.match_sequence(items, subject, state),
            Pat::Star(_) => Ok(true),
            Pat::Mapping(keys, pats, rest) => self.match_mapping(keys, pats, *rest, subject, state),
            Pat::Class(cls, args, kwargs) => self.match_class(*cls, args, kwargs, subject, state),
            Pat::As(inner, capture) => {
                if let Some(inner) = inner {
                    if !self.match_one(inner, subject, state)? {
                        return Ok(false);
                    }
                }
                if let Some(slot) = capture.and_then(|c| state.captures.get_mut(c as usize)) {
                    *slot = Some(subject);
                }
                Ok(true)
            }
            Pat::Or(alternatives) => {
                for alternative in alternatives {
                    let saved = state.captures.clone();
                    if self.match_one(alternative, subject, state)? {
                        return Ok(true);
                    }
                    state.captures = saved;
                }
                Ok(false)
            }
        }
    }

    fn match_sequence(
        &mut self,
        items: &[Pat],
        subject: Value,
        state: &mut MatchState<'_>,
    ) -> RunResult<bool> {
        let is_sequence = matches!(
            subject.as_obj().map(|id| self.heap.get(id)),
            Some(Object::List(_) | Object::Tuple(_) | Object::Range(_))
        );
        if !is_sequence {
            return Ok(false);
        }
        let values = self.collect_values(subject)?;
        let star = items.iter().position(|p| matches!(p, Pat::Star(_)));
        match star {
            None if values.len() != items.len() => return Ok(false),
            Some(_) if values.len() + 1 < items.len() => return Ok(false),
            _ => {}
        }
        let Some(star) = star else {
            for (p, v) in items.iter().zip(values) {
                if !self.match_one(p, v, state)? {
                    return Ok(false);
                }
            }
            return Ok(true);
        };
        let after = items.len() - star - 1;
        let tail_start = values.len() - after;
        for (p, v) in items[..star].iter().zip(&values[..star]) {
            if !self.match_one(p, *v, state)? {
                return Ok(false);
            }
        }
        if let Some(Pat::Star(Some(capture))) = items.get(star) {
            let middle = self.new_list(values[star..tail_start].to_vec());
            if let Some(slot) = state.captures.get_mut(*capture as usize) {
                *slot = Some(middle);
            }
        }
        for (p, v) in items[star + 1..].iter().zip(&values[tail_start..]) {
            if !self.match_one(p, *v, state)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn match_mapping(
        &mut self,
        keys: &[u32],
        pats: &[Pat],
        rest: Option<u32>,
        subject: Value,
        state: &mut MatchState<'_>,
    ) -> RunResult<bool> {
        let Some(dict) = subject
            .as_obj()
            .filter(|id| matches!(self.heap.get(*id), Object::Dict(_)))
        else {
            return Ok(false);
        };
        let mut used = Vec::with_capacity(keys.len());
        for (key, p) in keys.iter().zip(pats) {
            let key = state
                .values
                .get(*key as usize)
                .copied()
                .unwrap_or(Value::None);
            let Some(value) = self.dict_get(dict, key)? else {
                return Ok(false);
            };
            if !self.match_one(p, value, state)? {
                return Ok(false);
            }
            used.push(key);
        }
        if let Some(capture) = rest {
            let remaining = self.new_dict();
            for (k, v) in self.dict_entries(subject)? {
                let mut taken = false;
                for u in &used {
                    taken = taken || self.eq(k, *u)?;
                }
                if !taken {
                    self.dict_set(remaining, k, v)?;
                }
            }
            if let Some(slot) = state.captures.get_mut(capture as usize) {
                *slot = Some(remaining);
            }
        }
        Ok(true)
    }

    fn match_class(
        &mut self,
        cls: u32,
        args: &[Pat],
        kwargs: &[(Box<str>, Pat)],
        subject: Value,
        state: &mut MatchState<'_>,
    ) -> RunResult<bool> {
        let cls_value = state
            .values
            .get(cls as usize)
            .copied()
            .unwrap_or(Value::None);
        let Some(class) = cls_value.as_obj().filter(|id| self.class(*id).is_some()) else {
            return Err(RunError::new(
                ExcKind::TypeError,
                "called match pattern must be a class",
            ));
        };
        if !self.is_instance(subject, class) {
            return Ok(false);
        }
        let self_match = self.class(class).is_some_and(|c| {
            c.builtin && !matches!(c.layout, Layout::Object | Layout::Exception(_))
        });
        let mut names: Vec<String> = Vec::new();
        if !args.is_empty() && !self_match {
            let sym = self.interner.intern("__match_args__");
            let match_args = self.lookup_type_attr(class, sym);
            let items = match match_args {
                Some(t) => self.tuple_items(t).map_err(|_| {
                    RunError::new(ExcKind::TypeError, "__match_args__ must be a tuple")
                })?,
                None => Vec::new(),
            };
            if args.len() > items.len() {
                let name = self
                    .class(class)
                    .map(|c| c.name.to_string())
                    .unwrap_or_default();
                return Err(RunError::new(
                    ExcKind::TypeError,
                    format!(
                        "{name}() accepts {} positional sub-pattern{} ({} given)",
                        items.len(),
                        if items.len() == 1 { "" } else { "s" },
                        args.len()
                    ),
                ));
            }
            names = items.iter().filter_map(|v| self.str_value(*v)).collect();
        }
        for (i, p) in args.iter().enumerate() {
            let value = if self_match && i == 0 {
                subject
            } else {
                match self.match_attr(subject, names.get(i).map_or("", String::as_str))? {
                    Some(v) => v,
                    None => return Ok(false),
                }
            };
            if !self.match_one(p, value, state)? {
                return Ok(false);
            }
        }
        for (name, p) in kwargs {
            let Some(value) = self.match_attr(subject, name)? else {
                return Ok(false);
            };
            if !self.match_one(p, value, state)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `getattr(subject, name)` for class patterns: a missing attribute fails the match.
    fn match_attr(&mut self, subject: Value, name: &str) -> RunResult<Option<Value>> {
        let sym = self.interner.intern(name);
        match self.get_attr(subject, sym) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is_new_kind(ExcKind::AttributeError) => Ok(None),
            Err(e) => Err(e),
        }
    }
}
