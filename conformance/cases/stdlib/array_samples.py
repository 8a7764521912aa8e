# array: compact numeric buffers for samples; bytes round trips, slicing, errors.
from array import array

samples = array("h", [0, 1200, -1200, 32767, -32768])
print(samples, len(samples), samples.itemsize, samples.typecode)
samples.append(5)
samples.extend([6, 7])
print(samples[1], samples[-1], samples[2:4], samples.tolist()[:3], samples.index(5), samples.count(0))
raw = samples.tobytes()
print(len(raw), raw[:6])
copy = array("h")
copy.frombytes(raw)
print(copy == samples, copy is samples)
doubles = array("d", [1.5, 2.25])
doubles.insert(0, 0.125)
print(doubles, sum(doubles), doubles.pop(), doubles)
floats = array("f", [0.1, 0.5])
print(floats, floats[0] == 0.1)
grid = array("B", bytes([1, 2, 3])) + array("B", [4])
grid *= 2
print(grid, grid[::2], list(reversed(grid)), 3 in grid)
grid[0] = 255
del grid[1]
grid.reverse()
print(grid, array("i"), array("u", "héllo"), array("u", "ab").tounicode())
big = array("i", [1, 2, 3])
big.byteswap()
print(big, array("q", [2**40]).tobytes())
for fn in (lambda: array("b", [200]), lambda: array("B", [-1]), lambda: array("x"),
           lambda: array("i", [1.5]), lambda: array("i", [1]).pop(5), lambda: samples.remove(99)):
    try:
        fn()
    except (OverflowError, ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
