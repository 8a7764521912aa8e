# while loops with else clauses, break, and a Collatz step counter.
def find_divisor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            print(n, "has divisor", d)
            break
        d += 1
    else:
        print(n, "is prime")


for n in [2, 15, 17, 49, 97, 221]:
    find_divisor(n)


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


print([collatz_steps(n) for n in range(1, 16)])
longest = max(range(1, 1000), key=collatz_steps)
print(longest, collatz_steps(longest))

balance = 1000.0
years = 0
while balance < 2000:
    balance *= 1.07
    years += 1
print(years, round(balance, 2))

queue = [5, 3, 8]
while queue:
    item = queue.pop(0)
    if item > 6:
        print("big item", item)
        continue
    print("item", item)
else:
    print("queue drained")

count = 0
while True:
    count += 1
    if count >= 4:
        break
print("count", count)
