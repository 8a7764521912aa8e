# f-strings with format specs, conversions, nested fields and expressions.
import math

name, amount, rate = "Widget", 1234567.891, 0.0725
print(f"{name:<10}|{name:>10}|{name:^10}|")
print(f"{amount:,.2f} {amount:_.1f} {amount:e} {amount:.3g} {rate:.1%}")
print(f"{42:05d} {42:x} {42:#X} {42:b} {42:+} {-42:=+8}")
print(f"{math.pi:.4f} {math.pi:10.2f}| {math.pi!r} {name!r} {name!s} {'é'!a}")
width, precision = 12, 3
print(f"{math.e:{width}.{precision}f}|{'x':*^{width}}|")
items = {"apple": 1.5, "banana": 0.25}
for item, price in items.items():
    print(f"{item.title():<8} ${price:>6.2f}")
print(f"{len(items)} items, total {sum(items.values()):.2f}, max {max(items, key=items.get)}")
print(f"{'nested ' + f'{1 + 1}'} {[x * 2 for x in range(3)]} {dict(a=1)['a']}")
print(f"{{literal braces}} {3 if rate < 1 else 4} {(lambda: 'called')()}")
print(f"""triple {name}
second line {amount // 1000:.0f}k""")
print(f"{name:{'>' if width > 5 else '<'}{width}}|")
print(f"{amount:.2f}"[::-1], rf"\d{{{precision}}}", F"upper {rate}", fr"{name}\n")
print(f"{amount:invalid}")
