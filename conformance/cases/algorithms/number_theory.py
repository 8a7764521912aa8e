# Number theory helpers: gcd/lcm, extended Euclid, modular inverse, Euler's totient and perfect numbers.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


def lcm(a, b):
    return a // gcd(a, b) * b


def extended_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = extended_gcd(b, a % b)
    return g, y, x - (a // b) * y


def mod_inverse(a, m):
    g, x, _ = extended_gcd(a, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse modulo {m}")
    return x % m


def totient(n):
    result, p = n, 2
    while p * p <= n:
        if n % p == 0:
            while n % p == 0:
                n //= p
            result -= result // p
        p += 1
    if n > 1:
        result -= result // n
    return result


def divisors(n):
    small = [d for d in range(1, int(n**0.5) + 1) if n % d == 0]
    return sorted(set(small + [n // d for d in small]))


print(gcd(1071, 462), gcd(-12, 18), gcd(0, 5), lcm(4, 6), lcm(21, 6))
total = 1
for k in range(1, 21):
    total = lcm(total, k)
print("lcm(1..20) =", total)
print(extended_gcd(240, 46), mod_inverse(3, 11), mod_inverse(17, 3120), pow(17, -1, 3120))
print([totient(n) for n in range(1, 21)], totient(10**9 + 7))
print(divisors(360), len(divisors(720720)))
print([n for n in range(2, 10000) if sum(divisors(n)) - n == n])
amicable = sorted({n for n in range(2, 3000) if (m := sum(divisors(n)) - n) != n and sum(divisors(m)) - m == n})
print(amicable)
try:
    print(mod_inverse(6, 9))
except ValueError as exc:
    print("ValueError:", exc)
