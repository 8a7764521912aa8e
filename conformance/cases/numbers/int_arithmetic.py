# Integer arithmetic: floor division and modulo signs, powers, big ints, bases.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b)

print(2 ** 100)
print(-2 ** 2, (-2) ** 2, 2 ** -1)
print(pow(3, 4), pow(3, 4, 5), pow(38, -1, 97))
print(int("ff", 16), int("0b101", 0), int("  42  "), int("1_000_000"))
print(1_000_000 * 1_000_000, 0xFF, 0o17, 0b1111)
print(abs(-12), max(3, 9, 2), min([4, -1, 7]), sum(range(101)))

factorial = 1
for i in range(1, 31):
    factorial *= i
print(factorial)
print(len(str(factorial)), factorial % 1_000_007)
print(factorial.bit_length(), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print(10 // 0)
