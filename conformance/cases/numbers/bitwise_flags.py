# Bit flags for file permissions: &, |, ^, ~, shifts, masks and bit counting.
READ, WRITE, EXEC = 4, 2, 1


def perm_string(bits):
    return "".join(ch if bits & flag else "-" for ch, flag in (("r", READ), ("w", WRITE), ("x", EXEC)))


def mode_string(mode):
    return "".join(perm_string((mode >> shift) & 0o7) for shift in (6, 3, 0))


for mode in (0o755, 0o644, 0o600, 0o777, 0o000, 0o421):
    print(oct(mode), mode_string(mode), bin(mode).count("1"), mode.bit_count())

mode = 0o640
mode |= EXEC << 6
print(oct(mode), mode_string(mode))
mode &= ~(WRITE << 3)
print(oct(mode), mode_string(mode))
mode ^= 0o007
print(oct(mode), mode_string(mode))
print(~0, ~5, ~-1, -5 & 0xFF, -1 >> 10, 1 << 64, (1 << 64) >> 63)


def bits_set(n):
    positions = []
    i = 0
    while n:
        if n & 1:
            positions.append(i)
        n >>= 1
        i += 1
    return positions


print(bits_set(0b10110), bits_set(2**40 + 3))
x = 0b1100
print(x & -x, x & (x - 1), (x & (x - 1)) == 0, (16 & 15) == 0)
print(5 & 3, 5 | 3, 5 ^ 3, True & False, True | False, True ^ True, type(True ^ False).__name__)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(1.5 & 1)
except TypeError as exc:
    print("TypeError:", exc)
