//! Imports from the Ctx filesystem: each test writes a small tree of `.py`
//! files, runs `main.py` with python3 in a temporary directory (the oracle)
//! and with pyex over a `MemoryFs` holding the same files, and compares
//! stdout, stderr and the exit status. Paths in CPython's output are made
//! relative to the tree's root (`/tmp/xyz/pkg/m.py` → `/pkg/m.py`), which is
//! where pyex's filesystem root is.

use std::path::PathBuf;
use std::process::Command;

use pyex::fs::Fs;
use pyex::{Ctx, Options, Program};

/// What a run printed and its exit status.
#[derive(Debug, PartialEq, Eq)]
struct Run {
    stdout: String,
    stderr: String,
    code: i32,
}

/// A fresh directory under the system temp dir, unique per test.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pyex-imports-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// Runs `main.py` of `files` with python3.
fn cpython(name: &str, files: &[(&str, &str)]) -> Run {
    let dir = temp_dir(name);
    for (path, content) in files {
        let full = dir.join(path);
        std::fs::create_dir_all(full.parent().expect("parent")).expect("mkdir");
        std::fs::write(&full, content).expect("write");
    }
    let output = Command::new("python3")
        .arg("-B")
        .arg(dir.join("main.py"))
        .current_dir(&dir)
        .output()
        .expect("python3 runs");
    let root = dir.to_string_lossy().into_owned();
    let _ = std::fs::remove_dir_all(&dir);
    Run {
        stdout: String::from_utf8_lossy(&output.stdout).replace(&root, ""),
        stderr: String::from_utf8_lossy(&output.stderr).replace(&root, ""),
        code: output.status.code().unwrap_or(-1),
    }
}

/// Runs `main.py` of `files` with pyex over a memory filesystem.
fn pyex(files: &[(&str, &str)]) -> Run {
    let main = files
        .iter()
        .find(|(p, _)| *p == "main.py")
        .map_or("", |(_, c)| c);
    let program = Program::compile(main, "/main.py").expect("main.py compiles");
    let mut ctx = Ctx::new(Options {
        fs: Fs::memory(files.iter().map(|(p, c)| (*p, c.as_bytes()))),
        ..Options::default()
    });
    let result = ctx.run(&program);
    let mut stderr = ctx.stderr().to_owned();
    let code = match result {
        Ok(_) => 0,
        Err(e) => {
            stderr.push_str(&e.traceback);
            e.exit_code()
        }
    };
    Run {
        stdout: ctx.take_stdout(),
        stderr,
        code,
    }
}

fn check(name: &str, files: &[(&str, &str)]) {
    let expected = cpython(name, files);
    let actual = pyex(files);
    assert_eq!(actual, expected, "pyex (left) differs from python3 (right)");
}

#[test]
fn modules_names_and_caching() {
    check(
        "modules",
        &[
            (
                "main.py",
                "import greet\nimport greet as g2\nfrom greet import hello, COUNT as n\n\
                 print(hello('world'), n, g2 is greet, greet.__name__)\n\
                 import sys\nprint('greet' in sys.modules, sys.modules['greet'] is greet)\n\
                 print(greet.__file__, greet)\n\
                 if __name__ == '__main__':\n    print('main runs', __name__)\n",
            ),
            (
                "greet.py",
                "print('loading greet', __name__)\nCOUNT = 3\n\
                 def hello(who):\n    return f'hello {who}'\n\
                 if __name__ == '__main__':\n    print('never')\n",
            ),
        ],
    );
}

#[test]
fn packages_and_relative_imports() {
    check(
        "packages",
        &[
            (
                "main.py",
                "import shop.cart\nfrom shop import pricing\nfrom shop.models.item import Item\n\
                 import shop.models as m\n\
                 c = shop.cart.Cart()\nc.add(Item('pen', 2.5))\nc.add(Item('book', 12.0))\n\
                 print(c.total(), pricing.TAX, m.__name__, shop.__package__)\n\
                 print(shop.models.item.__package__, [k for k in ('VERSION', 'cart', 'models', 'pricing', 'other') if hasattr(shop, k)])\n",
            ),
            ("shop/__init__.py", "print('init shop')\nVERSION = '1.0'\n"),
            (
                "shop/cart.py",
                "from .pricing import with_tax\nfrom . import models\n\
                 class Cart:\n    def __init__(self):\n        self.items = []\n\
                 \x20   def add(self, item):\n        self.items.append(item)\n\
                 \x20   def total(self):\n        return with_tax(sum(i.price for i in self.items))\n",
            ),
            (
                "shop/pricing.py",
                "TAX = 0.2\ndef with_tax(x):\n    return round(x * (1 + TAX), 2)\n",
            ),
            ("shop/models/__init__.py", "from .item import Item\n"),
            (
                "shop/models/item.py",
                "from ..pricing import TAX\nclass Item:\n\
                 \x20   def __init__(self, name, price):\n        self.name, self.price = name, price\n",
            ),
        ],
    );
}

#[test]
fn import_star_with_and_without_all() {
    check(
        "star",
        &[
            (
                "main.py",
                "from shapes import *\nprint(area(2), PI)\ntry:\n    print(_private)\n\
                 except NameError as e:\n    print(e)\nfrom limited import *\nprint(pub)\n\
                 try:\n    print(other)\nexcept NameError as e:\n    print(e)\n",
            ),
            (
                "shapes.py",
                "PI = 3.14\n_private = 1\ndef area(r):\n    return PI * r * r\n",
            ),
            (
                "limited.py",
                "__all__ = ['pub']\npub = 'yes'\nother = 'no'\n",
            ),
        ],
    );
}

#[test]
fn circular_imports() {
    check(
        "circular",
        &[
            ("main.py", "import a\nprint(a.f(), a.b.g())\nimport c\n"),
            ("a.py", "import b\ndef f():\n    return 'f' + b.g()\n"),
            (
                "b.py",
                "import a\ndef g():\n    return 'g'\ndef h():\n    return a.f()\n",
            ),
            ("c.py", "from d import y\nx = 1\n"),
            ("d.py", "from c import x\ny = 2\n"),
        ],
    );
}

#[test]
fn import_errors() {
    check(
        "errors",
        &[
            (
                "main.py",
                "for stmt in ['import nosuch', 'from tools import missing', 'import tools.sub',\n\
                 \x20            'from pkg import nothing', 'import pkg.nothing', 'from . import x']:\n\
                 \x20   try:\n        exec_ = stmt\n        if stmt == 'import nosuch': import nosuch\n\
                 \x20       elif stmt == 'from tools import missing': from tools import missing\n\
                 \x20       elif stmt == 'import tools.sub': import tools.sub\n\
                 \x20       elif stmt == 'from pkg import nothing': from pkg import nothing\n\
                 \x20       elif stmt == 'import pkg.nothing': import pkg.nothing\n\
                 \x20       else: from . import x\n\
                 \x20   except ImportError as e:\n        print(type(e).__name__, e)\n\
                 import broken\n",
            ),
            ("tools.py", "A = 1\n"),
            ("pkg/__init__.py", ""),
            ("broken.py", "print('before')\nx = 1 / 0\n"),
        ],
    );
}

#[test]
fn failed_import_is_not_cached() {
    check(
        "failed",
        &[
            (
                "main.py",
                "import sys\ntry:\n    import flaky\nexcept ZeroDivisionError as e:\n\
                 \x20   print('failed:', e)\nprint('flaky' in sys.modules)\n",
            ),
            ("flaky.py", "print('loading flaky')\n1 / 0\n"),
        ],
    );
}

#[test]
fn importlib_and_dunder_import() {
    check(
        "importlib",
        &[
            (
                "main.py",
                "import importlib\nm = importlib.import_module('pkg.mod')\n\
                 print(m.VALUE, __import__('pkg.mod').mod is m)\n\
                 print(importlib.import_module('.mod', 'pkg') is m)\n",
            ),
            ("pkg/__init__.py", ""),
            ("pkg/mod.py", "VALUE = 'v'\n"),
        ],
    );
}

/// A module whose top-level code calls the host: the run pauses inside the
/// import, survives a snapshot, and the restored Ctx finishes the import and
/// sees the files written before the pause.
#[test]
fn host_call_inside_an_imported_module_survives_a_snapshot() {
    use pyex::{HostModule, HostValue, Outcome, Reply};
    let files = [
        (
            "settings.py",
            "import host\nwith open('log.txt', 'w') as f:\n    f.write('before\\n')\n\
             TOKEN = host.fetch('token')\n",
        ),
        (
            "main.py",
            "from settings import TOKEN\nprint('token', TOKEN)\n\
             with open('log.txt', 'a') as f:\n    f.write('after ' + TOKEN + '\\n')\n",
        ),
    ];
    let program = Program::compile(files[1].1, "/main.py").expect("compiles");
    let mut ctx = Ctx::new(Options {
        fs: Fs::memory(files.iter().map(|(p, c)| (*p, c.as_bytes()))),
        host_modules: vec![HostModule::new("host", &["fetch"])],
        ..Options::default()
    });
    let outcome = ctx.run(&program).expect("runs");
    assert!(matches!(&outcome, Outcome::HostCall(call) if call.function == "fetch"));
    let bytes = ctx.snapshot();
    for _ in 0..2 {
        let mut restored = Ctx::restore(&bytes).expect("restores");
        let done = restored
            .resume(Reply::Value(HostValue::Str("s3cret".into())))
            .expect("finishes");
        assert_eq!(done, Outcome::Done(HostValue::None));
        assert_eq!(restored.stdout(), "token s3cret\n");
        let log = restored.fs().as_memory().and_then(|m| m.get("log.txt"));
        assert_eq!(log, Some(&b"before\nafter s3cret\n"[..]));
    }
}

/// Files written by a program are there for the host after the run.
#[test]
fn host_reads_files_back() {
    let program = Program::compile(
        "import os_like_missing_is_fine if False else None\n",
        "/main.py",
    );
    assert!(program.is_err(), "a syntax error stays a syntax error");
    let program = Program::compile(
        "with open('out/report.txt', 'w') as f:\n    f.write('total: 3\\n')\n",
        "/main.py",
    )
    .expect("compiles");
    let mut ctx = Ctx::new(Options {
        fs: Fs::memory([("out/.keep", "")]),
        ..Options::default()
    });
    ctx.run(&program).expect("runs");
    let memory = ctx.fs().as_memory().expect("memory fs");
    assert_eq!(memory.get("/out/report.txt"), Some(&b"total: 3\n"[..]));
    assert_eq!(memory.files().count(), 2);
}
