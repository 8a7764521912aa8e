//! Host calls made inside builtins and operators that call back into Python:
//! each pauses the run (`Outcome::HostCall`) and resumes with the reply, and
//! the output is what python3 prints for the same program with `auth` a
//! plain module (`double(x)` is `2 * x`, `get_user()` is `"alice"`).

use pyex::{Ctx, HostModule, HostValue, Options, Outcome, Program, Reply};

fn options() -> Options {
    Options {
        host_modules: vec![HostModule::new("auth", &["get_user", "double"])],
        ..Options::default()
    }
}

/// Answers a host call like the plain `auth` module would.
fn answer(call: &pyex::HostCall) -> Reply {
    match (call.function.as_str(), call.args.as_slice()) {
        ("double", [HostValue::Int(x)]) => Reply::Value(HostValue::Int(2 * x)),
        ("get_user", []) => Reply::Value(HostValue::Str("alice".into())),
        _ => Reply::Error {
            kind: "ValueError".into(),
            message: "bad call".into(),
        },
    }
}

/// Runs `source` answering every host call; returns the outcome, the number of
/// pauses and the output.
fn run_answering(source: &str) -> (Result<Outcome, pyex::PyError>, usize, String) {
    let program = Program::compile(source, "main.py").expect("compiles");
    let mut ctx = Ctx::new(options());
    let mut pauses = 0;
    let mut outcome = ctx.run(&program);
    while let Ok(Outcome::HostCall(call)) = &outcome {
        pauses += 1;
        let reply = answer(call);
        outcome = ctx.resume(reply);
    }
    (outcome, pauses, ctx.take_stdout())
}

const CONSUMERS: &str = r"import auth

def gen(n):
    for i in range(n):
        yield auth.double(i)

print(list(gen(3)), sum(gen(4)), sorted(gen(3), reverse=True))
print('-'.join(str(v) for v in gen(3)))
print(list(map(str, gen(3))), tuple(gen(2)), set(gen(2)))
print(min(gen(3)), max(gen(3)), any(gen(1)), all(gen(2)))
print(list(map(lambda x: auth.double(x) + 1, range(3))))
print(list(filter(lambda x: auth.double(x) > 2, range(4))))
for v in map(auth.double, [5, 6]):
    print('map', v)
print(max(['a', 'bbb', 'cc'], key=lambda w: auth.double(len(w))))
print(min([3, 1, 2], key=auth.double, default=None))
print(next(map(auth.double, [7])), next(filter(None, gen(3)), 'none'))
print(list(enumerate(gen(3))), list(zip(gen(2), 'ab')))
print([auth.double(i) for i in range(2)], {auth.double(i) for i in range(2)})
";

const CONSUMERS_OUT: &str = r"[0, 2, 4] 12 [4, 2, 0]
0-2-4
['0', '2', '4'] (0, 2) {0, 2}
0 4 False False
[1, 3, 5]
[2, 3]
map 10
map 12
bbb
1
14 2
[(0, 0), (1, 2), (2, 4)] [(0, 'a'), (2, 'b')]
[0, 2] {0, 2}
";

const DUNDERS: &str = r"import auth

class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, other):
        return V(auth.double(self.x) + other.x)
    def __radd__(self, other):
        return V(auth.double(other) + self.x)
    def __iadd__(self, other):
        self.x += auth.double(other)
        return self
    def __eq__(self, other):
        return auth.double(self.x) == other
    def __lt__(self, other):
        return auth.double(self.x) < auth.double(other.x)
    def __str__(self):
        return 'V(%d)' % auth.double(self.x)
    def __repr__(self):
        return 'V<%d>' % self.x
    def __format__(self, spec):
        return 'F' + format(auth.double(self.x), spec)
    def __len__(self):
        return auth.double(self.x)
    def __getitem__(self, i):
        if i >= self.x:
            raise IndexError(i)
        return auth.double(i)
    def __setitem__(self, i, v):
        self.x = auth.double(v)
    def __neg__(self):
        return V(-auth.double(self.x))
    def __contains__(self, item):
        return auth.double(item) == self.x
    def __bool__(self):
        return auth.double(self.x) > 2

a, b = V(1), V(2)
print(a + b, 1 + a, -a, str(a), repr(b), f'{a} {b!r} {a:>4}', format(b, '03'))
c = V(3)
c += 1
print(c.x, a == 2, a != 2, a < b, b < a, len(b), b[1], 2 in b, 3 not in b)
print(list(V(3)), sum(V(3)), 4 in V(3))
b[0] = 5
print(b.x, bool(a), not b, 'yes' if b else 'no')
while a:
    break
else:
    print('a falsy')
print(sorted([V(3), V(1), V(2)], key=lambda v: auth.double(v.x)), a and b, a or b)

class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return auth.double(self.i)

print(list(Counter(3)), sum(Counter(3)), '-'.join(map(str, Counter(2))))
for v in Counter(2):
    print('counter', v)

class Tag:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', auth.get_user(), self.name)
        return self
    def __exit__(self, kind, value, tb):
        print('exit', auth.double(1), self.name, kind)
        return kind is KeyError

with Tag('t') as t:
    print('body', t.name)
with Tag('u'):
    raise KeyError('k')
print('after')

class Fn:
    def __call__(self, x):
        return auth.double(x)

print(Fn()(21), [Fn()(i) for i in range(2)])
";

const DUNDERS_OUT: &str = r"V(8) V(6) V(-4) V(2) V<2> F2 V<2> F   2 F004
5 True False True False 4 2 False True
[0, 2, 4] 6 False
10 False False yes
a falsy
[V<1>, V<2>, V<3>] V(2) V(20)
[2, 4, 6] 12 2-4
counter 2
counter 4
enter alice t
body t
exit 2 t None
enter alice u
exit 2 u <class 'KeyError'>
after
42 [0, 2]
";

const EXTENDERS: &str = r"import auth

def gen(n):
    for i in range(n):
        yield auth.double(i)

out = [0]
out.extend(gen(3))
d = {}
d.update((str(i), auth.double(i)) for i in range(2))
print(out, d, dict((k, auth.double(k)) for k in range(2)), [*gen(2), 9])

class Rev:
    def __init__(self, items):
        self.items = items
    def __reversed__(self):
        return iter([auth.double(x) for x in self.items][::-1])
    def __len__(self):
        return len(self.items)

class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return auth.double(i)

print(list(reversed(Rev([1, 2, 3]))), list(Seq()), 4 in Seq())
print(sorted({auth.double(i): i for i in range(3)}.items(), key=lambda kv: -kv[1]))
x, *y = gen(3)
print(x, y)

class Prop:
    @property
    def value(self):
        return auth.double(21)

print(Prop().value, Prop().value.bit_length())
";

const EXTENDERS_OUT: &str = r"[0, 0, 2, 4] {'0': 0, '1': 2} {0: 0, 1: 2} [0, 2, 9]
[6, 4, 2] [0, 2, 4] True
[(4, 2), (2, 1), (0, 0)]
0 [2, 4]
42 6
";

#[test]
fn pause_inside_extend_update_unpacking_and_reversed() {
    let (outcome, pauses, stdout) = run_answering(EXTENDERS);
    assert!(outcome.is_ok(), "{outcome:?}\n{stdout}");
    assert_eq!(stdout, EXTENDERS_OUT);
    assert!(pauses > 20, "{pauses}");
}

#[test]
fn pause_inside_consumers_map_filter_and_key_functions() {
    let (outcome, pauses, stdout) = run_answering(CONSUMERS);
    assert!(outcome.is_ok(), "{outcome:?}\n{stdout}");
    assert_eq!(stdout, CONSUMERS_OUT);
    assert!(pauses > 40, "{pauses}");
}

#[test]
fn pause_inside_operator_dunders_iterators_and_context_managers() {
    let (outcome, pauses, stdout) = run_answering(DUNDERS);
    assert!(outcome.is_ok(), "{outcome:?}\n{stdout}");
    assert_eq!(stdout, DUNDERS_OUT);
    assert!(pauses > 50, "{pauses}");
}

/// Snapshot at every pause of the dunder program, restore on another thread,
/// finish there: always the uninterrupted output.
#[test]
fn snapshot_at_every_pause_inside_dunders_finishes_the_same() {
    let program = Program::compile(DUNDERS, "main.py").expect("compiles");
    let mut ctx = Ctx::new(options());
    let mut outcome = ctx.run(&program);
    let mut printed = String::new();
    let mut checked = 0;
    while let Ok(Outcome::HostCall(call)) = &outcome {
        let reply = answer(call);
        printed.push_str(&ctx.take_stdout());
        if checked % 7 == 0 {
            let rest = finish_restored(ctx.snapshot(), reply.clone());
            assert_eq!(format!("{printed}{rest}"), DUNDERS_OUT);
        }
        checked += 1;
        outcome = ctx.resume(reply);
    }
    assert!(outcome.is_ok());
}

/// Where a pause is impossible (a comparison inside `list.sort`), the program
/// gets a clear `RuntimeError` it can catch, never a hang or a crash.
#[test]
fn pause_where_impossible_is_a_clear_runtime_error() {
    let source = "\
import auth
class K:
    def __init__(self, x):
        self.x = x
    def __lt__(self, other):
        return auth.double(self.x) < other.x
try:
    sorted([K(2), K(1)])
except RuntimeError as e:
    print('RuntimeError:', e)
";
    let (outcome, pauses, stdout) = run_answering(source);
    assert!(outcome.is_ok(), "{outcome:?}");
    assert_eq!(pauses, 0);
    assert_eq!(
        stdout,
        "RuntimeError: cannot pause for auth.double() inside K.__lt__(), \
         which a builtin calls without a frame to wait in\n"
    );
}

/// A user `__hash__` runs inside a dict probe without a frame to wait in: a
/// pause there is the same clear `RuntimeError`, naming the method.
#[test]
fn pause_inside_hash_of_a_dict_key_is_a_clear_runtime_error() {
    let source = "\
import auth
class Key:
    def __hash__(self):
        return auth.double(1)
try:
    {Key(): 1}
except RuntimeError as e:
    print(e)
";
    let (outcome, pauses, stdout) = run_answering(source);
    assert!(outcome.is_ok(), "{outcome:?}");
    assert_eq!(pauses, 0);
    assert_eq!(
        stdout,
        "cannot pause for auth.double() inside Key.__hash__(), \
         which a builtin calls without a frame to wait in\n"
    );
}

/// A user `__index__` runs nested (inside a subscript, `range()`, `hex()`): a
/// pause there is the same clear `RuntimeError`, naming the method.
#[test]
fn pause_inside_index_is_a_clear_runtime_error() {
    let source = "\
import auth
class Offset:
    def __index__(self):
        return auth.double(1)
for attempt in (lambda: [1, 2, 3][Offset()], lambda: range(Offset()), lambda: hex(Offset())):
    try:
        attempt()
    except RuntimeError as e:
        print(e)
";
    let (outcome, pauses, stdout) = run_answering(source);
    assert!(outcome.is_ok(), "{outcome:?}");
    assert_eq!(pauses, 0);
    let line = "cannot pause for auth.double() inside Offset.__index__(), \
                which a builtin calls without a frame to wait in\n";
    assert_eq!(stdout, line.repeat(3));
}

const EXECUTION_MODEL: &str = r"import auth

class Tag:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name, auth.get_user())
        return self
    def __exit__(self, kind, value, tb):
        print('exit', self.name, auth.double(len(self.name)))
        return False

def numbers(n):
    with Tag('gen%d' % n):
        for i in range(n):
            yield auth.double(i)

def total(n):
    return sum(numbers(n)) + max(numbers(n), key=lambda v: auth.double(-v))

print([total(k) for k in range(1, 4)])
";

const EXECUTION_MODEL_OUT: &str = r"enter gen1 alice
exit gen1 8
enter gen1 alice
exit gen1 8
enter gen2 alice
exit gen2 8
enter gen2 alice
exit gen2 8
enter gen3 alice
exit gen3 8
enter gen3 alice
exit gen3 8
[0, 2, 6]
";

/// Finishes a restored run, answering every host call; returns its output.
fn finish_restored(bytes: Vec<u8>, reply: Reply) -> String {
    std::thread::spawn(move || {
        let mut ctx = Ctx::restore(&bytes).expect("restores");
        let mut outcome = ctx.resume(reply);
        while let Ok(Outcome::HostCall(call)) = &outcome {
            let reply = answer(call);
            outcome = ctx.resume(reply);
        }
        assert!(outcome.is_ok(), "{outcome:?}");
        ctx.take_stdout()
    })
    .join()
    .expect("thread")
}

/// The execution-model proof, at every pause: host calls inside a generator
/// (consumed by `sum()` and by `max(key=)` whose key function pauses too),
/// inside a `with` block whose `__enter__`/`__exit__` pause, inside a function
/// called from a list comprehension. At each pause the Ctx is snapshotted,
/// restored twice on other threads, and both copies finish with the output of
/// the uninterrupted run.
#[test]
fn snapshot_restore_twice_at_every_pause_of_the_execution_model_program() {
    let (outcome, pauses, uninterrupted) = run_answering(EXECUTION_MODEL);
    assert!(outcome.is_ok(), "{outcome:?}");
    assert_eq!(uninterrupted, EXECUTION_MODEL_OUT);
    let program = Program::compile(EXECUTION_MODEL, "main.py").expect("compiles");
    let mut ctx = Ctx::new(options());
    let mut outcome = ctx.run(&program);
    let mut printed = String::new();
    let mut seen = 0;
    while let Ok(Outcome::HostCall(call)) = &outcome {
        seen += 1;
        let reply = answer(call);
        printed.push_str(&ctx.take_stdout());
        let bytes = ctx.snapshot();
        let first = finish_restored(bytes.clone(), reply.clone());
        let second = finish_restored(bytes, reply.clone());
        assert_eq!(format!("{printed}{first}"), EXECUTION_MODEL_OUT);
        assert_eq!(first, second);
        outcome = ctx.resume(reply);
    }
    assert!(outcome.is_ok());
    assert_eq!(seen, pauses);
    assert_eq!(pauses, 30);
}
