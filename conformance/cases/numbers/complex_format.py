# format() of complex numbers with the format-spec mini-language.

values = [1 + 2j, -3.5 - 0j, 1e20j, 0j, 1234567.891 + 2j, complex("nan+infj")]
for spec in ["", ".2f", ">24", "^30.3e", "+.1f", "g", ".3g", "-^25", ",.2f", "E", "F"]:
    print(repr(spec), [format(z, spec) for z in values])

print(f"{3 + 4j:*^30.2f}|{(1 + 1j).__format__('.1f')}|{complex.__format__(2j, '>8')}")
print((1.5).__format__(".3f"), (255).__format__("#x"), "ab".__format__("^6"))

for bad in ["0>20.2f", "020.2f", "=20", "%", "d"]:
    try:
        format(1 + 2j, bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)


class Price(float):
    def __format__(self, spec):
        return "$" + super().__format__(spec)


print(format(Price(2.5), ".2f"), f"{Price(10):>8.1f}")
