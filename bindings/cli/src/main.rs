//! `pyex`: the command-line front end (filled in with the parser issue).

fn main() {}
