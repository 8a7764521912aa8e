//! The collector frees cycles, and a long-running loop stays at a flat heap.

use pyex::{Ctx, Options, Program};

#[test]
fn cycles_built_in_a_loop_are_collected() {
    let source = "\
class Node:
    def __init__(self):
        self.other = None

def pair():
    a = Node()
    b = Node()
    a.other = b
    b.other = a
    return [a, b, {'a': a}]

for i in range(100000):
    pair()
";
    let program = Program::compile(source, "main.py").unwrap();
    let mut ctx = Ctx::new(Options::default());
    ctx.collect_garbage();
    let (objects_before, _) = ctx.heap_usage();
    ctx.run(&program).unwrap();
    ctx.collect_garbage();
    let (objects_after, bytes_after) = ctx.heap_usage();
    // The module's own globals (the class, the function, the loop variable) remain.
    assert!(
        objects_after < objects_before + 50,
        "{objects_before} objects before, {objects_after} after"
    );
    assert!(
        bytes_after < 1 << 20,
        "{bytes_after} bytes live after the run"
    );
}

#[test]
fn a_paused_ctx_clones_into_an_independent_run() {
    use pyex::{HostModule, HostValue, Outcome, Reply};
    let source = "import h\nx = [h.get() for _ in range(2)]\nprint(x)\n";
    let program = Program::compile(source, "main.py").unwrap();
    let mut ctx = Ctx::new(Options {
        host_modules: vec![HostModule::new("h", &["get"])],
        ..Options::default()
    });
    assert!(matches!(ctx.run(&program), Ok(Outcome::HostCall(_))));
    let mut fork = ctx.clone();
    let finish = |ctx: &mut Ctx, n: i64| {
        let mut outcome = ctx.resume(Reply::Value(HostValue::Int(n)));
        while let Ok(Outcome::HostCall(_)) = outcome {
            outcome = ctx.resume(Reply::Value(HostValue::Int(n)));
        }
        ctx.take_stdout()
    };
    assert_eq!(finish(&mut ctx, 1), "[1, 1]\n");
    assert_eq!(finish(&mut fork, 2), "[2, 2]\n");
}
