# chr, ord, bin, oct, hex, ascii and format for a character table and number base conversions.
for ch in "Aa0 ~é€🐍":
    code = ord(ch)
    print(f"{ch!r:6} {code:>7} {hex(code):>9} {bin(code)[2:]:>17} {oct(code):>9} {ascii(ch)}")
print(chr(65) + chr(66), "".join(chr(c) for c in range(0x3b1, 0x3b6)), chr(0x1F600))
print(bin(0), bin(-10), oct(-8), hex(0), hex(-1), hex(3735928559))
print(int(bin(37), 2), int(oct(37), 8), int(hex(37), 16), int("0b100101", 0))
print(format(37, "b"), format(37, "08b"), format(37, "#o"), format(37, "x"), format(37, "#06X"))
print(ascii("plain"), ascii(["ü", "日"]), ascii("\n\t"), repr("\n\t"))
shifted = "".join(chr(ord(c) + 1) for c in "HAL")
print(shifted, [ord(c) - ord("a") + 1 for c in "abcz"])
print(sorted("hello World", key=ord), max("hello", key=ord), ord(max("hello")))
for bad in [lambda: ord(""), lambda: ord("ab"), lambda: chr(0x110000), lambda: bin(2.5), lambda: hex("ff")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    print(ord(65))
except TypeError as exc:
    print("TypeError:", exc)
