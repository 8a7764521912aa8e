# Recursive lambdas: self-reference through a name, through an argument, and memoized through a dict.
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print([fact(n) for n in range(8)])
fib = lambda n: n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(n) for n in range(15)])
memo = {}
mfib = lambda n: memo[n] if n in memo else memo.setdefault(n, n if n < 2 else mfib(n - 1) + mfib(n - 2))
print(mfib(90), len(memo))
Y = lambda f: (lambda x: f(lambda v: x(x)(v)))(lambda x: f(lambda v: x(x)(v)))
gcd = Y(lambda rec: lambda ab: ab[0] if ab[1] == 0 else rec((ab[1], ab[0] % ab[1])))
print(gcd((1071, 462)), gcd((17, 5)))
flatten = lambda xs: [y for x in xs for y in (flatten(x) if isinstance(x, list) else [x])]
print(flatten([1, [2, [3, [4]], 5], [[6]]]))
count_down = lambda n: [] if n == 0 else [n] + count_down(n - 1)
print(count_down(5))
old = fact
fact = lambda n: "replaced"
print(old(5))
power_set = lambda s: [[]] if not s else [x for sub in power_set(s[1:]) for x in (sub, [s[0]] + sub)]
print(sorted(power_set([1, 2, 3]), key=lambda s: (len(s), s)))
print(fib(-1), count_down(-1))
