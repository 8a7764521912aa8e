//! Evaluator benchmarks: `fib(25)` (calls and int arithmetic) and `FizzBuzz`
//! 1..100 from source, cold (compile + fresh `Ctx` + run each iteration).
//!
//! Compare with CPython on the same machine:
//! `python3 -m timeit -s "$(cat core/benches/fib.py)" "fib(25)"`.

use criterion::{criterion_group, criterion_main, Criterion};
use pyex::{Ctx, Options, Program};

const FIB: &str = "\
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

fib(25)
";

const FIZZBUZZ: &str = "\
for i in range(1, 101):
    if i % 15 == 0:
        print('FizzBuzz')
    elif i % 3 == 0:
        print('Fizz')
    elif i % 5 == 0:
        print('Buzz')
    else:
        print(i)
";

fn run(program: &Program) {
    let mut ctx = Ctx::new(Options::default());
    let outcome = ctx.run(program);
    assert!(outcome.is_ok(), "{outcome:?}");
}

fn benches(c: &mut Criterion) {
    let fib = Program::compile(FIB, "fib.py").expect("fib compiles");
    c.bench_function("fib(25) warm", |b| b.iter(|| run(&fib)));
    c.bench_function("fizzbuzz cold", |b| {
        b.iter(|| {
            let program = Program::compile(FIZZBUZZ, "fizzbuzz.py").expect("fizzbuzz compiles");
            run(&program);
        });
    });
}

criterion_group! {
    name = eval;
    config = Criterion::default().sample_size(20);
    targets = benches
}
criterion_main!(eval);
