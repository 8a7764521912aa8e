# Arbitrary-precision ints: factorials, powers, digit sums and mixed big/small arithmetic.
def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result


for n in (10, 20, 25, 30):
    print(n, factorial(n))
f100 = factorial(100)
print(len(str(f100)), sum(int(d) for d in str(f100)))
trailing = 0
while f100 % 10 == 0:
    f100 //= 10
    trailing += 1
print("trailing zeros of 100!:", trailing)
print(2**64, 2**64 - 1, -(2**63), 2**100 // 3**20)
print(2**127 - 1, (2**127 - 1) % 1000007)
big = 12345678901234567890123456789
print(big * big, big // 97, big % 97, -big // 97, -big % 97)
print(divmod(big, 10**10), divmod(-big, 10**10))
print(big > 2**90, big < 2**100, big == big + 0, hash(2**61 - 1), hash(2**61))
print(abs(-big), -big, +big, big.bit_length(), (-big).bit_length())
print(int("9" * 40) + 1, int("-" + "1" * 30))
print(10**30 / 10**10, 2**53 + 1.0, float(2**80))
print(pow(3, 200, 10**9 + 7), pow(2, 10**5, 1000))
print((1 << 200) >> 190, (1 << 70) | 1, (2**70 - 1) & 0xFFFF, (2**70) ^ (2**70 + 5))
print(~(2**70), -(-(2**70)) == 2**70)
