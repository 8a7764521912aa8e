# Generator expressions feeding sum, any, all, min, max, sorted, join and dict; laziness and exhaustion.
lines = ["INFO start", "WARN disk 91%", "INFO tick", "ERROR crash", "WARN cpu 88%", "INFO stop"]
print(sum(1 for line in lines if line.startswith("WARN")))
print(any(line.startswith("ERROR") for line in lines), all(" " in line for line in lines))
print(max(len(line) for line in lines), min((line.split()[0] for line in lines), key=len))
print(", ".join(line.split(maxsplit=1)[1] for line in lines if not line.startswith("INFO")))
print(dict((line.split()[0], i) for i, line in enumerate(lines)))
print(sorted((line.split()[0] for line in lines), reverse=True))
gen = (n * n for n in range(5))
print(next(gen), next(gen), list(gen), list(gen))
evaluated = []


def watch(n):
    evaluated.append(n)
    return n


lazy = (watch(n) for n in range(10))
print(evaluated)
first_big = next(x for x in lazy if x > 3)
print(first_big, evaluated)
print(sum(x for x in range(10) if x % 2), tuple(c for c in "abc"), set(x % 3 for x in range(9)))
print(sum((x for x in [0.1] * 10), 0.0), sum(range(5), start=100))
try:
    total = sum(int(tok) for tok in "1 2 three 4".split())
except ValueError as exc:
    print("ValueError:", exc)
