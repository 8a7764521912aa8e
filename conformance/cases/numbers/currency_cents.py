# Money handled as integer cents to avoid float error; splitting a bill fairly.
def to_cents(text):
    sign = -1 if text.startswith("-") else 1
    text = text.lstrip("-")
    if "." in text:
        whole, frac = text.split(".")
        frac = (frac + "00")[:2]
    else:
        whole, frac = text, "00"
    return sign * (int(whole) * 100 + int(frac))


def fmt(cents):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}${cents // 100:,}.{cents % 100:02d}"


items = ["19.99", "5", "0.1", "0.2", "1234.5", "-3.75"]
cents = [to_cents(i) for i in items]
print(cents)
print([fmt(c) for c in cents])
print("total", fmt(sum(cents)), "float total", sum(float(i) for i in items))


def split(total, people):
    base, extra = divmod(total, people)
    return [base + 1 if i < extra else base for i in range(people)]


for total, people in [(10000, 3), (1001, 4), (5, 7)]:
    shares = split(total, people)
    print(fmt(total), people, [fmt(s) for s in shares], sum(shares) == total)
rate_bp = 725
principal = to_cents("2500.00")
for year in range(1, 4):
    interest = principal * rate_bp // 10000
    principal += interest
    print(year, fmt(interest), fmt(principal))
print(0.1 + 0.2, (to_cents("0.1") + to_cents("0.2")) / 100)
print(fmt(10**12), fmt(-1), fmt(0))
