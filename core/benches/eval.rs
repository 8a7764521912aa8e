//! Evaluator benchmarks: `fib(25)` (calls and int arithmetic), a class-heavy
//! particle simulation, a generator pipeline, and `FizzBuzz` 1..100 from source,
//! cold (compile + fresh `Ctx` + run each iteration).
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

const PARTICLES: &str = r"class Particle:
    def __init__(self, x, y, vx, vy):
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy

    def step(self, dt):
        self.x += self.vx * dt
        self.y += self.vy * dt
        if self.x < 0 or self.x > 100:
            self.vx = -self.vx
        if self.y < 0 or self.y > 100:
            self.vy = -self.vy

    def energy(self):
        return 0.5 * (self.vx * self.vx + self.vy * self.vy)

particles = [Particle(i % 100, (i * 7) % 100, (i % 5) - 2, (i % 3) - 1) for i in range(1000)]
for _ in range(20):
    for p in particles:
        p.step(0.1)
print(round(sum(p.energy() for p in particles), 3), round(sum(p.x for p in particles), 3))
";

const PIPELINE: &str = r"def numbers(n):
    for i in range(n):
        yield i

def squares(it):
    for x in it:
        yield x * x

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

print(sum(evens(squares(numbers(50000)))))
";

fn run(program: &Program) {
    let mut ctx = Ctx::new(Options::default());
    let outcome = ctx.run(program);
    assert!(outcome.is_ok(), "{outcome:?}");
}

fn benches(c: &mut Criterion) {
    let fib = Program::compile(FIB, "fib.py").expect("fib compiles");
    c.bench_function("fib(25) warm", |b| b.iter(|| run(&fib)));
    let particles = Program::compile(PARTICLES, "particles.py").expect("particles compiles");
    c.bench_function("particles (classes) warm", |b| b.iter(|| run(&particles)));
    let pipeline = Program::compile(PIPELINE, "pipeline.py").expect("pipeline compiles");
    c.bench_function("generator pipeline warm", |b| b.iter(|| run(&pipeline)));
    c.bench_function("Ctx::new", |b| b.iter(|| Ctx::new(Options::default())));
    c.bench_function("compile fizzbuzz", |b| {
        b.iter(|| Program::compile(FIZZBUZZ, "fizzbuzz.py").expect("fizzbuzz compiles"));
    });
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
