//! `pyex`: the command-line front end, behaving like `python3` on the same input.
//!
//! Pipeline: arguments → the program's text (a file read as bytes and decoded
//! like CPython, or `-c` code) → [`pyex::parse_module`] → either the AST
//! printed like `python3 -m ast`, or the program compiled and run in a fresh
//! `Ctx`: its output on stdout, an uncaught exception's traceback on stderr
//! with exit status 1. A syntax error is printed exactly as python3 prints it.
//!
//! Divergences: `--parse` ignores `# type:` comments, which `python3 -m ast`
//! parses (`type_comments=True`) into `type_comment=` fields; and `-c` code
//! gets the parser's positions for files, which differ from CPython's string
//! input at end of input (e.g. the caret of "expected an indented block").
//!
//! Source code layout:
//! - `main.rs`: arguments, dispatch and exit statuses.
//! - `source.rs`: bytes → text (UTF-8, coding cookies, the Non-UTF-8 error).
//! - `grants.rs`: `--allow-url`, `--capability`, `--env`.
//!
//! I/O the program is granted (`requests`, `sql`, `boto3`) pauses the run;
//! the CLI performs it directly (`pyex::io::perform`) and resumes.

mod grants;
mod source;

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use pyex::syntax::dump;

/// pyex allocates many small objects (as CPython does, with its own allocator);
/// mimalloc makes a cold run's set-up about twice as fast as the system allocator.
#[global_allocator]
static GLOBAL: pyex_alloc::Allocator = pyex_alloc::Allocator;

const USAGE: &str = "usage: pyex [-h] [--parse] [GRANT ...] (FILE | -c CODE) [ARG ...]";

const HELP: &str = "\
usage: pyex [-h] [--parse] [GRANT ...] (FILE | -c CODE) [ARG ...]

Run a Python 3.11 program in the pyex sandbox, as python3 would.

  FILE          the program to run
  -c CODE       run CODE instead of a file (shown as <string> in errors)
  --parse       print the program's AST like `python3 -m ast FILE`, don't run it
  -h, --help    show this help and exit

Grants (nothing is granted by default; each may be repeated):
  --allow-url PREFIX[=METHODS]  let the program request URLs under PREFIX
                (matched by scheme, host, port and path segments) with
                METHODS, comma-separated (default GET,HEAD)
  --capability NAME             grant a capability: sql, boto3
  --env NAME=VALUE              set a variable of the program's os.environ
                (the process's own environment is never visible)

A syntax error is printed like python3 prints it, with exit status 1.
";

/// python3's exit status for a usage error or a file it cannot open.
const USAGE_ERROR: u8 = 2;

/// What the command line asks for.
enum Command {
    Help,
    /// Run the program with these grants.
    Run(Program, grants::Granted),
    /// Print the AST.
    Parse(Program),
}

/// Where the program comes from.
enum Program {
    File(PathBuf),
    Code(String),
}

fn main() -> ExitCode {
    // One program per process: importing on demand beats preparing every web module up front.
    pyex::set_prepared_imports(false);
    match parse_args(std::env::args_os().skip(1)) {
        Ok(Command::Help) => {
            write_stdout(HELP);
            ExitCode::SUCCESS
        }
        Ok(Command::Run(program, granted)) => run(&program, Some(granted)),
        Ok(Command::Parse(program)) => run(&program, None),
        Err(msg) => {
            eprintln!("{msg}\n{USAGE}\nTry `pyex -h' for more information.");
            ExitCode::from(USAGE_ERROR)
        }
    }
}

/// Reads the arguments like python3: options first, then `FILE` or `-c CODE`;
/// anything after that is the program's own arguments (`sys.argv[1:]`).
fn parse_args(args: impl Iterator<Item = OsString>) -> Result<Command, String> {
    let mut args = args.peekable();
    let mut parse_only = false;
    let mut granted = grants::Granted::default();
    while let Some(arg) = args.next() {
        if let Some(flag) = arg.to_str() {
            let mut next = || args.next().map(|a| a.to_string_lossy().into_owned());
            if flag.starts_with("--") && granted.take(flag, &mut next)? {
                continue;
            }
        }
        let program = match arg.to_str() {
            Some("-h" | "--help") => return Ok(Command::Help),
            Some("--parse") => {
                parse_only = true;
                continue;
            }
            Some("-c") => match args.next() {
                Some(code) => Program::Code(code.to_string_lossy().into_owned()),
                None => return Err("Argument expected for the -c option".to_owned()),
            },
            Some(code) if code.starts_with("-c") => Program::Code(code[2..].to_owned()),
            Some("--") => match args.next() {
                Some(file) => Program::File(file.into()),
                None => break,
            },
            Some(flag) if flag.starts_with('-') && flag != "-" => {
                return Err(format!("unknown option {flag}"));
            }
            _ => Program::File(arg.into()),
        };
        return Ok(if parse_only {
            Command::Parse(program)
        } else {
            Command::Run(program, granted)
        });
    }
    Err("missing program: give a FILE or -c CODE".to_owned())
}

/// Reads, parses and reports on `program` (runs it with `granted`, or
/// prints its AST when there are none); returns the exit status.
fn run(program: &Program, granted: Option<grants::Granted>) -> ExitCode {
    let (filename, text) = match read_program(program) {
        Ok(read) => read,
        Err((msg, status)) => {
            eprintln!("{msg}");
            return ExitCode::from(status);
        }
    };
    match pyex::parse_module(&text) {
        Err(error) => {
            eprint!("{}", error.render(&filename, &text));
            ExitCode::FAILURE
        }
        Ok(module) => match granted {
            None => {
                write_stdout(&format!("{}\n", dump(&module, Some(3))));
                ExitCode::SUCCESS
            }
            Some(granted) => execute(program, &filename, &text, granted.options()),
        },
    }
}

/// Compiles and runs the program: its stdout, then the traceback of an
/// uncaught exception on stderr with exit status 1, like python3.
fn execute(program: &Program, shown: &str, text: &str, options: pyex::Options) -> ExitCode {
    // Tracebacks show the script's absolute path, as python3 3.9+ does.
    let filename = match program {
        Program::File(_) => shown.to_owned(),
        Program::Code(_) => "<string>".to_owned(),
    };
    let mut ctx = pyex::Ctx::new(options);
    // Compiled under the time limit: a source too slow to parse ends with it.
    let compiled = match ctx.compile(text, &filename) {
        Ok(compiled) => compiled,
        Err(pyex::CompileError::Syntax(error)) => {
            eprint!("{}", error.render(shown, text));
            return ExitCode::FAILURE;
        }
        Err(pyex::CompileError::Limit(error)) => {
            eprint!("{}", error.traceback);
            return ExitCode::FAILURE;
        }
    };
    let mut session = pyex::io::IoSession::default();
    let mut result = ctx.run(&compiled);
    let result = loop {
        write_stdout(&ctx.take_stdout());
        result = match result {
            Ok(pyex::Outcome::HostCall(call)) => {
                let reply = perform(&call, ctx.grants(), &mut session);
                ctx.resume(reply)
            }
            Ok(pyex::Outcome::HostCalls(calls)) => {
                let replies = pyex::io::perform_many(&calls, ctx.grants(), &mut session);
                ctx.resume_many(replies)
            }
            done => break done,
        };
    };
    let _ = std::io::stderr().lock().write_all(ctx.stderr().as_bytes());
    match result {
        Ok(_) => ExitCode::SUCCESS,
        Err(error) => {
            let _ = std::io::stderr()
                .lock()
                .write_all(error.traceback.as_bytes());
            ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(1))
        }
    }
}

/// The reply to a paused call: I/O is performed; the CLI has no host
/// modules, so any other call is answered with an error.
fn perform(
    call: &pyex::HostCall,
    grants: &pyex::io::Grants,
    session: &mut pyex::io::IoSession,
) -> pyex::Reply {
    if call.is_io() {
        return pyex::io::perform(call, grants, session);
    }
    pyex::Reply::Error {
        kind: "RuntimeError".to_owned(),
        message: format!("no host function {}.{}", call.module, call.function),
    }
}

/// The filename to show in errors and the program's text, or the message
/// and exit status python3 gives when it cannot get them.
fn read_program(program: &Program) -> Result<(String, String), (String, u8)> {
    let path = match program {
        Program::Code(code) => return Ok(("<string>".to_owned(), code.clone())),
        Program::File(path) => path,
    };
    let shown = absolute(path).display().to_string();
    let bytes = std::fs::read(path).map_err(|err| {
        let msg = format!("pyex: can't open file '{shown}': {}", errno_message(&err));
        (msg, USAGE_ERROR)
    })?;
    // CPython reports a file it cannot decode as a SyntaxError (exit 1).
    let text = source::decode(bytes, &shown).map_err(|msg| (msg, 1))?;
    Ok((shown, text))
}

/// The script path as CPython 3.11 shows it: joined to the current
/// directory when relative, without normalising `.` or `..`.
fn absolute(path: &Path) -> PathBuf {
    match std::env::current_dir() {
        Ok(cwd) if path.is_relative() => cwd.join(path),
        _ => path.to_owned(),
    }
}

/// `[Errno 2] No such file or directory`, as Python formats an `OSError`.
fn errno_message(err: &std::io::Error) -> String {
    let text = err.to_string();
    match err.raw_os_error() {
        Some(code) => {
            let suffix = format!(" (os error {code})");
            format!(
                "[Errno {code}] {}",
                text.strip_suffix(&suffix).unwrap_or(&text)
            )
        }
        None => text,
    }
}

/// Writes to stdout, ignoring a closed pipe (`pyex --parse f.py | head`).
fn write_stdout(text: &str) {
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}
