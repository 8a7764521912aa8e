# Guards refine patterns: guard order, side effects only when the pattern matched, captures in guards.
calls = []


def check(label, result):
    calls.append(label)
    return result


def grade(score):
    match score:
        case int(n) if n < 0 or n > 100:
            return "invalid"
        case n if n >= 90:
            return "A"
        case n if n >= 80:
            return "B"
        case n if n >= 70:
            return "C"
        case _:
            return "F"


print([grade(s) for s in (95, 85, 75, 10, -5, 101, 90)])


def classify(pair):
    match pair:
        case (a, b) if check("eq", a == b):
            return "equal"
        case (a, b) if check("lt", a < b):
            return "ascending"
        case (a, b, *_):
            return "descending or longer"
        case x if check("never", False):
            return "unreachable"
    return "no match"


for p in [(1, 1), (1, 2), (3, 1), [5, 4, 3]]:
    print(p, classify(p))
print(calls)
calls.clear()
print(classify("x"), calls)


def fizz(n):
    match (n % 3, n % 5):
        case (0, 0):
            return "FizzBuzz"
        case (0, _):
            return "Fizz"
        case (_, 0):
            return "Buzz"
        case _:
            return str(n)


print(" ".join(fizz(i) for i in range(1, 16)))
