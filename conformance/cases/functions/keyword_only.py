# Keyword-only parameters after * and *args: a report formatter; too many positionals fails.
def format_report(title, *rows, sep=" | ", width=10, upper=False):
    head = title.upper() if upper else title
    lines = [head, "-" * len(head)]
    for row in rows:
        lines.append(sep.join(str(c).ljust(width) for c in row))
    return "\n".join(lines)


print(format_report("Sales", ("north", 10), ("south", 7), width=6))
print(format_report("empty", upper=True))


def connect(host, *, port=5432, timeout, retries=3):
    return f"{host}:{port} timeout={timeout} retries={retries}"


print(connect("db", timeout=5))
print(connect("db", timeout=1.5, port=6543, retries=0))
try:
    connect("db")
except TypeError as e:
    print("TypeError:", e)
try:
    connect("db", 5432, timeout=1)
except TypeError as e:
    print("TypeError:", e)
try:
    connect("db", timeout=1, verbose=True)
except TypeError as e:
    print("TypeError:", e)


def area(*, w, h):
    return w * h


print(area(w=2, h=3), area(h=4, w=5))
try:
    area(2, 3)
except TypeError as exc:
    print("TypeError:", exc)
