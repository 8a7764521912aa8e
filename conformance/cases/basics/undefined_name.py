# A temperature converter with a typo in a variable name: NameError at the end.
def to_fahrenheit(c):
    return c * 9 / 5 + 32


def to_celsius(f):
    return (f - 32) * 5 / 9


readings = [0, 37, 100, -40]
for c in readings:
    f = to_fahrenheit(c)
    print(f"{c}C = {f:.1f}F, back to {to_celsius(f):.1f}C")

try:
    print(undefined_thing)
except NameError as e:
    print("caught:", e)

average = sum(readings) / len(readings)
print("average", average)


def report():
    return f"average is {avergae:.2f}"


print(report())
