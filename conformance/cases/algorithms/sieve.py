# Sieve of Eratosthenes, a segmented prime count, prime factorization and Goldbach pairs.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0:2] = [False, False]
    for p in range(2, int(limit**0.5) + 1):
        if is_prime[p]:
            is_prime[p * p :: p] = [False] * len(range(p * p, limit + 1, p))
    return [n for n, flag in enumerate(is_prime) if flag]


primes = sieve(100)
print(primes, len(primes))
big = sieve(100000)
print(len(big), big[-5:], sum(big) % 1000000007)


def factorize(n):
    factors = {}
    for p in big:
        if p * p > n:
            break
        while n % p == 0:
            factors[p] = factors.get(p, 0) + 1
            n //= p
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


for n in (360, 97, 1001, 2**10 * 3**5, 600851475143, 9999999967):
    f = factorize(n)
    print(n, "=", " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in f.items()))
prime_set = set(big)


def goldbach(n):
    for p in big:
        if n - p in prime_set:
            return p, n - p


print([goldbach(n) for n in (4, 28, 100, 9998)])
gaps = [b - a for a, b in zip(big, big[1:])]
print(max(gaps), big[gaps.index(max(gaps))])
twins = sum(1 for g in gaps if g == 2)
print("twin prime pairs below 100000:", twins)
