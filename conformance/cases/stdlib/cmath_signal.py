# A small DFT with cmath.exp: spectrum of a sampled signal, inverse transform round trip.
import cmath
import math

def dft(samples):
    n = len(samples)
    return [sum(samples[t] * cmath.exp(-2j * cmath.pi * k * t / n) for t in range(n)) for k in range(n)]

def idft(spectrum):
    n = len(spectrum)
    return [sum(spectrum[k] * cmath.exp(2j * cmath.pi * k * t / n) for k in range(n)) / n for t in range(n)]

N = 16
signal = [math.sin(2 * math.pi * 2 * t / N) + 0.5 * math.cos(2 * math.pi * 5 * t / N) for t in range(N)]
spectrum = dft(signal)
for k, c in enumerate(spectrum):
    mag = abs(c)
    if mag > 1e-9:
        print(f"bin {k:2}: |X|={mag:7.3f} phase={cmath.phase(c):+.3f}")
back = idft(spectrum)
print("round trip ok:", all(cmath.isclose(a, b, abs_tol=1e-9) for a, b in zip(back, signal)))
print("max imag residue below 1e-12:", max(abs(b.imag) for b in back) < 1e-12)

class Phasor:
    def __init__(self, z):
        self.z = z
    def __complex__(self):
        return self.z

print(cmath.sqrt(Phasor(-9 + 0j)), cmath.phase(Phasor(-1j)), cmath.polar(Phasor(1 + 1j)))

class Ratio:
    def __float__(self):
        return 0.25

print(cmath.sqrt(Ratio()), cmath.exp(True), cmath.log(10 ** 20), cmath.isclose(1, 1.0 + 0j))
print(cmath.isclose(1 + 1j, 1 + 1.00000001j), cmath.isclose(1 + 1j, 1 + 1.00000001j, rel_tol=1e-6))
print(cmath.isclose(0j, 1e-12, abs_tol=1e-10), cmath.isclose(complex("inf"), complex("inf")))
for bad in [lambda: cmath.isclose(1, 2, rel_tol=-1), lambda: cmath.isclose(1), lambda: cmath.isclose(1, 2, 3),
            lambda: cmath.isclose(1, 2, foo=1), lambda: cmath.isclose(a=1, b=1)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
