//! `Options::profile`: line counts of the main program, call counts and
//! inclusive call times per function; nothing recorded when off.

use pyex::{Ctx, Options, Program};

fn profiled(source: &str) -> pyex::ProfileReport {
    let program = Program::compile(source, "main.py").unwrap();
    let mut ctx = Ctx::new(Options {
        profile: true,
        ..Options::default()
    });
    ctx.run(&program).unwrap();
    ctx.profile().unwrap()
}

#[test]
fn fib_is_called_177_times() {
    let source = "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\nfib(10)\n";
    let report = profiled(source);
    assert_eq!(report.call_counts.get("fib"), Some(&177));
    assert_eq!(report.line_counts.get(&2), Some(&177));
    assert_eq!(report.line_counts.get(&3), Some(&89));
    assert_eq!(report.line_counts.get(&4), Some(&88));
    assert_eq!(report.line_counts.get(&6), Some(&1));
    assert!(report.call_us.contains_key("fib"));
}

#[test]
fn loops_count_each_iteration_and_methods_use_qualified_names() {
    let source = "\
class Counter:
    def __init__(self):
        self.n = 0
    def bump(self):
        self.n += 1

c = Counter()
for i in range(100):
    c.bump()
total = 0
while total < 50: total += 1
print(c.n, total)
";
    let report = profiled(source);
    assert_eq!(report.call_counts.get("Counter.bump"), Some(&100));
    assert_eq!(report.call_counts.get("Counter.__init__"), Some(&1));
    assert_eq!(report.line_counts.get(&9), Some(&100));
    assert_eq!(report.line_counts.get(&5), Some(&100));
    assert!(report.line_counts.get(&11).is_some_and(|&n| n >= 50));
}

#[test]
fn recursive_time_is_counted_once_and_is_plausible() {
    let source = "import time\ndef spin(n):\n    if n:\n        return spin(n - 1)\n    t = time.time()\n    while time.time() - t < 0.02:\n        pass\nspin(20)\n";
    let report = profiled(source);
    let us = report.call_us["spin"];
    assert!((20_000..2_000_000).contains(&us), "{us}");
}

#[test]
fn off_by_default() {
    let program = Program::compile("x = 1", "main.py").unwrap();
    let mut ctx = Ctx::new(Options::default());
    ctx.run(&program).unwrap();
    assert_eq!(ctx.profile(), None);
}
