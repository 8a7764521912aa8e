# Parsing user input into numbers: validation helpers around int() and float() errors.
def parse_quantity(text):
    try:
        return int(text)
    except ValueError:
        try:
            value = float(text)
        except ValueError:
            return None
        if value.is_integer():
            return int(value)
        return value


inputs = ["12", " 7 ", "3.0", "2.5", "1e3", "-0", "abc", "", "0x1F", "1_000", "nan", "+inf"]
for raw in inputs:
    print(repr(raw), "->", repr(parse_quantity(raw)))


def safe_ratio(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf") if a > 0 else float("-inf") if a < 0 else float("nan")


print(safe_ratio(1, 0), safe_ratio(-1, 0), safe_ratio(0, 0), safe_ratio(3, 4))
fields = "id=7;price=19.90;qty=3;discount=0.15".split(";")
record = {}
for f in fields:
    key, value = f.split("=")
    record[key] = float(value) if "." in value else int(value)
print(record)
cost = record["price"] * record["qty"] * (1 - record["discount"])
print(cost, round(cost, 2), f"{cost:.2f}")
for bad in ["1.2.3", "--1", "1e", "0b101", "١٢٣"]:
    try:
        print(bad, float(bad))
    except ValueError as e:
        print("ValueError:", e)
print(int("١٢٣"), float("٣.٥"))
try:
    print(int("3.5"))
except ValueError as exc:
    print("ValueError:", exc)
