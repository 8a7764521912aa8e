# Complex numbers, bool arithmetic and mixed comparisons.
z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate())
print(z * 1j, (1 + 2j) * (3 - 1j), 2j ** 2, complex(1, -1))
print(1j == complex(0, 1), 1 == 1.0 == True, 0 == False)
print(sum([True, True, False]), True / 2, -True)
print(sorted([3, 1.5, True, 0, -2.25]))
print(hash(1) == hash(1.0) == hash(True))
print(int(True), float(False), str(True).upper())
