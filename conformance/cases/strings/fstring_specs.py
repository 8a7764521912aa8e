# f-strings: expressions, conversions, self-documenting =, nested format specs and dates of a schedule.
name = "Ada"
langs = ["python", "rust", "c"]
score = 0.91234
print(f"{name} knows {len(langs)} languages: {', '.join(langs)}")
print(f"{name!r} {name!s} {name!a} {'naïve'!a}")
print(f"{score:.2%} {score:8.3f} {score:<8.2} {score * 100:.0f}")
print(f"{name=} {score=:.1f} {len(langs) = }")
width = 10
for label, value in [("alpha", 1), ("beta", 22), ("gamma", 333)]:
    print(f"{label:>{width}}: {value:0{width // 2}d} {value:#06x} {value:b}")
print(f"{'centered':^20}|{'':=>5}|{3 + 4:+}|{-7:+}")
items = {"a": 1, "b": 2}
print(f"{items['a'] + items['b']} {[k for k in items]} {{escaped}} {items!r}")
print(f"{1_000_000:,} {1_000_000:_} {0.5:g} {1e-9:.2e} {12345.6789:,.2f}")
nested = f"outer {f'inner {name.upper()}'} done"
print(nested)
print(f"{'yes' if score > 0.5 else 'no'} {(lambda x: x * 2)(21)} {name[::-1]}")
print(f"{3.14159:{'.3f'}} {42:{'>'}{6}}")
hours = [7, 9.5, 13.25]
for h in hours:
    hh = int(h)
    mm = int((h - hh) * 60)
    print(f"{hh:02d}:{mm:02d} {'AM' if hh < 12 else 'PM'}")
multi = (
    f"line one {name}\n"
    f"line two {score:.1f}"
)
print(multi)
print(f"{None!r} {True:d} {'x' * 3} {2 ** 10}")
try:
    print(f"{score:d}")
except ValueError as exc:
    print("ValueError:", exc)
