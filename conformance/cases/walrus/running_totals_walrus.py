# Walrus to carry state through a comprehension: running totals, balances and previous values.
deposits = [100, -20, 50, -200, 75]
total = 0
running = [total := total + d for d in deposits]
print(running, total)
balance = 500
history = [(d, balance := balance + d) for d in deposits]
print(history)
prev = None
changes = [(x, None if prev is None else x - prev, prev := x)[:2] for x in [3, 7, 7, 2, 9]]
print(changes, prev)
fib = [a := 0, b := 1] + [(a, b := a + b, a := b)[1] for _ in range(8)]
print(fib)
count = 0
flags = [(count := count + 1) for c in "mississippi" if c == "s"]
print(flags, count)
low_balance = [b for d in deposits if (b := balance - d) < 300]
print(low_balance, b)
words = "the quick brown fox jumps".split()
offset = 0
starts = [(w, (offset := offset + len(w) + 1) - len(w) - 1) for w in words]
print(starts, offset)
