//! Python values. For now only the `repr` of literals, shared by the AST dump
//! and (later) the evaluator.

mod printable;
pub mod repr;
