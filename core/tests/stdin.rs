//! `input()` reads the host-provided stdin (`Options::stdin`) line by line and
//! raises `EOFError` once it is used up or when there is none.

use pyex::{Ctx, Options, Program};

const ECHO: &str = "\
name = input('name? ')
age = int(input('age? '))
print(f'{name} is {age}')
try:
    input('more? ')
except EOFError as e:
    print('EOF:', e)
";

fn run(stdin: Option<&str>, source: &str) -> (Result<pyex::Outcome, pyex::PyError>, String) {
    let program = Program::compile(source, "main.py").unwrap();
    let mut ctx = Ctx::new(Options {
        stdin: stdin.map(str::to_owned),
        ..Options::default()
    });
    let result = ctx.run(&program);
    (result, ctx.stdout().to_owned())
}

#[test]
fn input_reads_lines_then_raises_eof() {
    let (result, stdout) = run(Some("ada\r\n36\n"), ECHO);
    assert!(result.is_ok());
    assert_eq!(
        stdout,
        "name? age? ada is 36\nmore? EOF: EOF when reading a line\n"
    );
}

#[test]
fn a_last_line_without_newline_is_read_whole() {
    let (result, stdout) = run(Some("x\ny"), "print(input(), input())\n");
    assert!(result.is_ok());
    assert_eq!(stdout, "x y\n");
}

#[test]
fn without_stdin_input_raises_eof_after_the_prompt() {
    let (result, stdout) = run(None, "input('prompt> ')\n");
    let error = result.unwrap_err();
    assert_eq!(error.to_string(), "EOFError: EOF when reading a line");
    assert_eq!(stdout, "prompt> ");
}
