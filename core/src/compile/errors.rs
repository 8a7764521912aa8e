//! CPython's compile-time `SyntaxError`s, one constructor per message.
//!
//! The symbol table and the compiler locate errors with the AST's columns,
//! which are UTF-8 byte offsets (the parser converts its own to characters,
//! these passes do not), so every error here uses byte columns.

use crate::syntax::ast::Span;
use crate::syntax::{LineIndex, SyntaxError, SyntaxErrorKind};

/// Builds errors for one source.
#[derive(Clone, Copy)]
pub(super) struct Errors<'a> {
    pub index: &'a LineIndex,
}

/// The 1-based line and 0-based byte column of `offset`.
fn line_and_byte_col(index: &LineIndex, offset: u32) -> (u32, i32) {
    let (line, col) = index.line_col(offset);
    let text = index.line_text(line).unwrap_or_default();
    let bytes = match text.char_indices().nth(col as usize) {
        Some((at, _)) => at,
        None => text.len() + (col as usize).saturating_sub(text.chars().count()),
    };
    (line, bytes as i32)
}

impl Errors<'_> {
    /// A `SyntaxError` over `span`, with CPython's byte columns.
    fn at(self, msg: impl Into<String>, span: Span) -> SyntaxError {
        let (lineno, col) = line_and_byte_col(self.index, span.start);
        let (end_lineno, end_col) = line_and_byte_col(self.index, span.end);
        SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.into(),
            span,
            lineno,
            offset: col + 1,
            end_lineno,
            end_offset: end_col + 1,
            text: None,
        }
    }

    /// An error CPython locates with `PyErr_SyntaxLocationObject`: a start
    /// column only (`offset` as given), and no end column.
    fn at_start(self, msg: impl Into<String>, span: Span, offset: i32) -> SyntaxError {
        let mut error = self.at(msg, span);
        error.offset = offset;
        error.end_lineno = error.lineno;
        error.end_offset = SyntaxError::NO_END_OFFSET;
        error
    }

    /// A broken invariant of these passes, reported rather than panicking.
    #[cold]
    pub fn internal(self, span: Span) -> SyntaxError {
        self.at("internal error in the compiler", span)
    }

    // --- __future__ (Python/future.c) ---

    #[cold]
    pub fn not_a_chance(self, stmt: Span) -> SyntaxError {
        let offset = self.at("", stmt).offset;
        self.at_start("not a chance", stmt, offset)
    }

    #[cold]
    pub fn undefined_future_feature(self, feature: &str, stmt: Span) -> SyntaxError {
        let offset = self.at("", stmt).offset;
        let msg = format!("future feature {feature} is not defined");
        self.at_start(msg, stmt, offset)
    }

    /// A late `from __future__` on the line of an earlier statement, which
    /// CPython locates at its 0-based column.
    #[cold]
    pub fn late_future_same_line(self, stmt: Span) -> SyntaxError {
        let offset = self.at("", stmt).offset - 1;
        self.at_start(LATE_FUTURE, stmt, offset)
    }

    /// A late `from __future__` found by the compiler.
    #[cold]
    pub fn late_future(self, stmt: Span) -> SyntaxError {
        self.at(LATE_FUTURE, stmt)
    }

    // --- the symbol table (Python/symtable.c) ---

    #[cold]
    pub fn duplicate_argument(self, name: &str, span: Span) -> SyntaxError {
        self.at(
            format!("duplicate argument '{name}' in function definition"),
            span,
        )
    }

    /// A `global`/`nonlocal` statement after a conflicting use of `name`:
    /// `what` is `global` or `nonlocal`, `prior` what came first.
    #[cold]
    pub fn declaration_conflict(
        self,
        name: &str,
        what: &str,
        prior: Prior,
        span: Span,
    ) -> SyntaxError {
        let msg = match prior {
            Prior::Param => format!("name '{name}' is parameter and {what}"),
            Prior::Use => format!("name '{name}' is used prior to {what} declaration"),
            Prior::Annot => format!("annotated name '{name}' can't be {what}"),
            Prior::Assign => format!("name '{name}' is assigned to before {what} declaration"),
        };
        self.at(msg, span)
    }

    #[cold]
    pub fn import_star_not_module_level(self, span: Span) -> SyntaxError {
        self.at("import * only allowed at module level", span)
    }

    #[cold]
    pub fn named_expr_comp_in_class(self, span: Span) -> SyntaxError {
        self.at(
            "assignment expression within a comprehension cannot be used in a class body",
            span,
        )
    }

    #[cold]
    pub fn named_expr_comp_conflict(self, name: &str, span: Span) -> SyntaxError {
        self.at(
            format!(
                "assignment expression cannot rebind comprehension iteration variable '{name}'"
            ),
            span,
        )
    }

    #[cold]
    pub fn named_expr_comp_inner_loop_conflict(self, name: &str, span: Span) -> SyntaxError {
        self.at(
            format!("comprehension inner loop cannot rebind assignment expression target '{name}'"),
            span,
        )
    }

    #[cold]
    pub fn named_expr_comp_iter_expr(self, span: Span) -> SyntaxError {
        self.at(
            "assignment expression cannot be used in a comprehension iterable expression",
            span,
        )
    }

    /// `what` is `named expression`, `yield expression` or `await expression`.
    #[cold]
    pub fn not_allowed_in_annotation(self, what: &str, span: Span) -> SyntaxError {
        self.at(
            format!("'{what}' can not be used within an annotation"),
            span,
        )
    }

    /// `what` is `list comprehension`, `generator expression`, ...
    #[cold]
    pub fn yield_in_comprehension(self, what: &str, span: Span) -> SyntaxError {
        self.at(format!("'yield' inside {what}"), span)
    }

    #[cold]
    pub fn nonlocal_and_global(self, name: &str, span: Span) -> SyntaxError {
        self.at(format!("name '{name}' is nonlocal and global"), span)
    }

    #[cold]
    pub fn nonlocal_at_module_level(self, span: Span) -> SyntaxError {
        self.at("nonlocal declaration not allowed at module level", span)
    }

    #[cold]
    pub fn no_binding_for_nonlocal(self, name: &str, span: Span) -> SyntaxError {
        self.at(format!("no binding for nonlocal '{name}' found"), span)
    }

    // --- the compiler (Python/compile.c) ---

    /// `'return' outside function`, `'break' outside loop`, ...: a fixed message.
    #[cold]
    pub fn compiler(self, msg: CompilerMsg, span: Span) -> SyntaxError {
        self.at(msg.text(), span)
    }

    /// A compiler error where CPython had no location left (`lineno` -1);
    /// `SyntaxError` cannot say so, so it points at `span`.
    #[cold]
    pub fn compiler_unlocated(self, msg: CompilerMsg, span: Span) -> SyntaxError {
        self.at(msg.text(), span)
    }

    #[cold]
    pub fn keyword_repeated(self, name: &str, span: Span) -> SyntaxError {
        self.at(format!("keyword argument repeated: {name}"), span)
    }

    #[cold]
    pub fn name_capture_unreachable(self, name: &str, span: Span) -> SyntaxError {
        self.at(
            format!("name capture '{name}' makes remaining patterns unreachable"),
            span,
        )
    }

    #[cold]
    pub fn multiple_assignments_in_pattern(self, name: &str, span: Span) -> SyntaxError {
        self.at(
            format!("multiple assignments to name '{name}' in pattern"),
            span,
        )
    }

    #[cold]
    pub fn attribute_repeated_in_class_pattern(self, name: &str, span: Span) -> SyntaxError {
        self.at(
            format!("attribute name repeated in class pattern: {name}"),
            span,
        )
    }

    /// `key` is the `repr` of the duplicated key.
    #[cold]
    pub fn mapping_pattern_duplicate_key(self, key: &str, span: Span) -> SyntaxError {
        self.at(
            format!("mapping pattern checks duplicate key ({key})"),
            span,
        )
    }
}

const LATE_FUTURE: &str = "from __future__ imports must occur at the beginning of the file";

/// What made a `global` or `nonlocal` statement come too late.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Prior {
    /// The name is a parameter.
    Param,
    /// The name was read.
    Use,
    /// The name was annotated.
    Annot,
    /// The name was bound.
    Assign,
}

/// The compiler's fixed messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum CompilerMsg {
    ReturnOutsideFunction,
    ReturnValueInAsyncGenerator,
    YieldOutsideFunction,
    YieldFromInAsyncFunction,
    AwaitOutsideFunction,
    AwaitOutsideAsyncFunction,
    AsyncWithOutsideAsyncFunction,
    AsyncForOutsideAsyncFunction,
    AsyncComprehensionOutsideAsyncFunction,
    BreakOutsideLoop,
    ContinueNotInLoop,
    JumpInExceptStar,
    TooManyNestedBlocks,
    StarredAssignmentTarget,
    StarredHere,
    MultipleStarredInAssignment,
    TooManyStarUnpack,
    DefaultExceptNotLast,
    AssignToDebug,
    DeleteDebug,
    WildcardUnreachable,
    AlternativesBindDifferentNames,
    MultipleStarredInSequencePattern,
}

impl CompilerMsg {
    fn text(self) -> &'static str {
        match self {
            CompilerMsg::ReturnOutsideFunction => "'return' outside function",
            CompilerMsg::ReturnValueInAsyncGenerator => "'return' with value in async generator",
            CompilerMsg::YieldOutsideFunction => "'yield' outside function",
            CompilerMsg::YieldFromInAsyncFunction => "'yield from' inside async function",
            CompilerMsg::AwaitOutsideFunction => "'await' outside function",
            CompilerMsg::AwaitOutsideAsyncFunction => "'await' outside async function",
            CompilerMsg::AsyncWithOutsideAsyncFunction => "'async with' outside async function",
            CompilerMsg::AsyncForOutsideAsyncFunction => "'async for' outside async function",
            CompilerMsg::AsyncComprehensionOutsideAsyncFunction => {
                "asynchronous comprehension outside of an asynchronous function"
            }
            CompilerMsg::BreakOutsideLoop => "'break' outside loop",
            CompilerMsg::ContinueNotInLoop => "'continue' not properly in loop",
            CompilerMsg::JumpInExceptStar => {
                "'break', 'continue' and 'return' cannot appear in an except* block"
            }
            CompilerMsg::TooManyNestedBlocks => "too many statically nested blocks",
            CompilerMsg::StarredAssignmentTarget => {
                "starred assignment target must be in a list or tuple"
            }
            CompilerMsg::StarredHere => "can't use starred expression here",
            CompilerMsg::MultipleStarredInAssignment => {
                "multiple starred expressions in assignment"
            }
            CompilerMsg::TooManyStarUnpack => "too many expressions in star-unpacking assignment",
            CompilerMsg::DefaultExceptNotLast => "default 'except:' must be last",
            CompilerMsg::AssignToDebug => "cannot assign to __debug__",
            CompilerMsg::DeleteDebug => "cannot delete __debug__",
            CompilerMsg::WildcardUnreachable => "wildcard makes remaining patterns unreachable",
            CompilerMsg::AlternativesBindDifferentNames => {
                "alternative patterns bind different names"
            }
            CompilerMsg::MultipleStarredInSequencePattern => {
                "multiple starred names in sequence pattern"
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::line_and_byte_col;
    use crate::syntax::LineIndex;

    #[test]
    fn columns_count_bytes() {
        let index = LineIndex::new("x\né = 1; y\n");
        assert_eq!(line_and_byte_col(&index, 0), (1, 0));
        // `y` is the 7th character but starts at byte 8 of its line.
        assert_eq!(line_and_byte_col(&index, 10), (2, 8));
        assert_eq!(line_and_byte_col(&index, 12), (3, 0));
    }
}
