# Binary records with struct and array, a weak-value cache, and SimpleNamespace configs.
import array
import struct
import types
import weakref

Header = struct.Struct(">4sHHI")
hdr = Header.pack(b"WAVE", 1, 2, 44100)
print(hdr, Header.unpack(hdr), Header.format, Header.size)
print(struct.pack("<3i", 1, -2, 3), struct.unpack("<bhq", struct.pack("<bhq", -1, 300, 2**40)))
print(struct.pack("@?xH", True, 7).hex(), struct.pack("<f", 1.5), struct.unpack(">e", b"\x3c\x00"))
print(struct.pack("10p", b"pascal"), struct.pack("2c", b"a", b"b"), struct.calcsize("<qqh"))

samples = array.array("h", [100, -200, 300])
samples.append(400)
samples.extend([5, 6])
print(samples, samples.typecode, samples.itemsize, len(samples), samples[1], samples[-2:])
print(samples.tobytes()[:4], array.array("h", samples.tobytes()) == samples, sum(samples))
floats = array.array("d", (x / 4 for x in range(4)))
print(floats, floats.tolist(), floats.index(0.5), floats.count(0.25))
floats.reverse()
floats.insert(0, 9.0)
print(floats, floats.pop(), array.array("B", b"hi"), array.array("u", "hé") if hasattr(array, "array") else 0)
try:
    array.array("b", [300])
except OverflowError as e:
    print("OverflowError:", e)
try:
    array.array("q", [1.5])
except TypeError as e:
    print("TypeError:", e)


class Image:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Image({self.name!r})"


cache = weakref.WeakValueDictionary()
img = Image("logo.png")
cache["logo"] = img
print(cache.get("logo"), "logo" in cache, len(cache))
ref = weakref.ref(img)
print(ref() is img, ref().name)
cfg = types.SimpleNamespace(host="localhost", port=8080)
cfg.debug = True
print(cfg, cfg.port, vars(cfg), cfg == types.SimpleNamespace(host="localhost", port=8080, debug=True))
del cfg.debug
print(sorted(vars(cfg)), types.SimpleNamespace(), isinstance(len, types.BuiltinFunctionType))
print(isinstance(lambda: 0, types.FunctionType), type(types.SimpleNamespace).__name__)
struct.unpack("<I", b"\x01\x02")
