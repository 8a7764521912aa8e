# pow with two and three arguments, negative exponents, modular inverse and fast exponentiation.
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2.5, 2), pow(4, 0.5), pow(0, 0))
print(2**-2, (-2) ** -2, 10**-1, 0.0**0)
print(pow(3, 4, 5), pow(7, 128, 13), pow(-3, 3, 7), pow(5, 0, 1))
print(pow(3, -1, 7), pow(10, -1, 17), pow(38, -1, 97))
inv = pow(3, -1, 11)
print(inv, (3 * inv) % 11)


def mod_exp(base, exp, mod):
    result = 1
    base %= mod
    while exp > 0:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result


for b, e, m in [(2, 100, 1000000007), (12345, 6789, 101), (7, 0, 13)]:
    print(b, e, m, mod_exp(b, e, m), pow(b, e, m), mod_exp(b, e, m) == pow(b, e, m))


def is_probable_prime(n):
    if n < 2:
        return False
    for a in (2, 3, 5, 7, 11, 13):
        if n % a == 0:
            return n == a
        if pow(a, n - 1, n) != 1:
            return False
    return True


print([n for n in range(2, 80) if is_probable_prime(n)])
print(is_probable_prime(2**61 - 1), is_probable_prime(2**61 + 1))
print((-8) ** 2, -(8**2), -(2**2), 2**3**2)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    print(0**-1)
except ZeroDivisionError as exc:
    print("ZeroDivisionError:", exc)
