//! `Fs::Local`: a host directory as the program's filesystem, every path
//! confined to it (a list of traversal attacks), used by `open`, `os`,
//! `pathlib`, `shutil` and `glob`.

use std::path::PathBuf;

use pyex::fs::Fs;
use pyex::{Ctx, Options, Program};

/// A fresh directory `<tmp>/pyex-local-<name>/root` with a secret next to the root.
fn sandbox(name: &str) -> (PathBuf, PathBuf) {
    let base = std::env::temp_dir().join(format!("pyex-local-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&base);
    let root = base.join("root");
    std::fs::create_dir_all(root.join("sub")).unwrap();
    std::fs::write(base.join("secret.txt"), "TOP SECRET").unwrap();
    std::fs::write(root.join("hello.txt"), "hello from the host\n").unwrap();
    (base, root)
}

fn run_in(root: &PathBuf, source: &str) -> String {
    let program = Program::compile(source, "main.py").unwrap();
    let mut ctx = Ctx::new(Options {
        fs: Fs::local(root).unwrap(),
        ..Options::default()
    });
    if let Err(e) = ctx.run(&program) {
        return format!("{}{e}", ctx.stdout());
    }
    ctx.take_stdout()
}

#[test]
fn the_program_reads_and_writes_the_host_directory() {
    let (base, root) = sandbox("rw");
    let source = r#"
import os, pathlib, shutil, glob
print(open("hello.txt").read().strip())
with open("sub/out.txt", "w") as f:
    f.write("written\n")
pathlib.Path("sub/p.txt").write_text("via pathlib")
shutil.copy("sub/out.txt", "copy.txt")
os.mkdir("made")
os.rename("copy.txt", "made/moved.txt")
print(sorted(os.listdir(".")), sorted(os.listdir("sub")))
print(sorted(glob.glob("**/*.txt", recursive=True)))
print(os.path.exists("made/moved.txt"), os.path.getsize("hello.txt"))
os.remove("sub/p.txt")
"#;
    let out = run_in(&root, source);
    assert_eq!(
        out,
        "hello from the host\n['hello.txt', 'made', 'sub'] ['out.txt', 'p.txt']\n\
         ['hello.txt', 'made/moved.txt', 'sub/out.txt', 'sub/p.txt']\nTrue 20\n"
    );
    assert_eq!(
        std::fs::read_to_string(root.join("made/moved.txt")).unwrap(),
        "written\n"
    );
    assert!(!root.join("sub/p.txt").exists());
    let _ = std::fs::remove_dir_all(base);
}

#[test]
fn traversal_attacks_are_refused() {
    let (base, root) = sandbox("attacks");
    std::os::unix::fs::symlink(&base, root.join("up")).unwrap();
    std::os::unix::fs::symlink(base.join("secret.txt"), root.join("secret_link")).unwrap();
    std::os::unix::fs::symlink(base.join("nowhere.txt"), root.join("dangling")).unwrap();
    std::os::unix::fs::symlink("/etc", root.join("etc_link")).unwrap();
    std::os::unix::fs::symlink(root.join("hello.txt"), root.join("inside_link")).unwrap();
    let long_name = "a".repeat(300);
    let long_path = vec!["a"; 3000].join("/");
    let attacks: Vec<(String, &str)> = vec![
        ("../secret.txt".into(), "PermissionError"),
        ("../../../../../../etc/passwd".into(), "PermissionError"),
        ("sub/../../secret.txt".into(), "PermissionError"),
        ("./sub/../../root/hello.txt".into(), "PermissionError"),
        ("/etc/passwd".into(), "FileNotFoundError"),
        ("/../secret.txt".into(), "PermissionError"),
        ("up/secret.txt".into(), "PermissionError"),
        ("secret_link".into(), "PermissionError"),
        ("dangling".into(), "PermissionError"),
        ("etc_link/passwd".into(), "PermissionError"),
        ("hello.txt\\0../../secret.txt".into(), "PermissionError"),
        (long_name.clone(), "OSError"),
        (long_path, "OSError"),
    ];
    for (path, expected) in &attacks {
        for mode in ["r", "w", "a"] {
            let source = format!(
                "try:\n    open('{path}', '{mode}').write('pwned')\n    print('opened')\nexcept Exception as e:\n    print(type(e).__name__)\n"
            );
            let out = run_in(&root, &source);
            let expected = if *expected == "FileNotFoundError" && mode != "r" {
                "FileNotFoundError"
            } else {
                expected
            };
            assert_eq!(out.trim(), expected, "open({path:?}, {mode:?})");
        }
    }
    for call in [
        "os.listdir('..')",
        "os.listdir('up')",
        "os.stat('../secret.txt')",
        "os.remove('../secret.txt')",
        "os.rename('hello.txt', '../stolen.txt')",
        "os.rename('../secret.txt', 'mine.txt')",
        "os.mkdir('../evil')",
        "os.rmdir('.')",
        "os.rmdir('..')",
        "shutil.copy('secret_link', 'copy.txt')",
        "pathlib.Path('up/secret.txt').read_text()",
    ] {
        let source = format!(
            "import os, shutil, pathlib\ntry:\n    {call}\n    print('done')\nexcept Exception as e:\n    print(type(e).__name__)\n"
        );
        let out = run_in(&root, &source);
        assert!(out.trim().ends_with("Error"), "{call}: {out}");
    }
    // Nothing outside the root changed; a symlink inside the root works.
    assert_eq!(
        std::fs::read_to_string(base.join("secret.txt")).unwrap(),
        "TOP SECRET"
    );
    assert!(!base.join("stolen.txt").exists() && !base.join("evil").exists());
    assert!(!base.join("nowhere.txt").exists());
    assert_eq!(
        run_in(&root, "print(open('inside_link').read().strip())"),
        "hello from the host\n"
    );
    let _ = std::fs::remove_dir_all(base);
}

#[test]
fn errors_read_like_cpython() {
    let (base, root) = sandbox("errors");
    let out = run_in(&root, "open('missing.txt')");
    assert!(
        out.ends_with("FileNotFoundError: [Errno 2] No such file or directory: 'missing.txt'"),
        "{out}"
    );
    let out = run_in(&root, "open('../secret.txt')");
    assert!(
        out.ends_with("PermissionError: [Errno 13] Permission denied: '../secret.txt'"),
        "{out}"
    );
    let _ = std::fs::remove_dir_all(base);
}

#[test]
fn a_local_root_must_exist() {
    assert!(Fs::local("/definitely/not/a/dir").is_err());
}
