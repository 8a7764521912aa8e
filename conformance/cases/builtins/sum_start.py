# sum with start values, floats summed left to right, and what sum refuses (strings).
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([], 5), sum(range(101)), sum(x * x for x in range(4)))
print(sum([0.1] * 10), sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]), sum([0.5, 0.25], start=1))
print(sum([[1], [2, 3], []], []), sum([(1,), (2,)], ()), sum([True, True, False]), sum([1, 2.5, 3j]))
matrix = [[1, 2, 3], [4, 5, 6]]
print(sum(map(sum, matrix)), [sum(col) for col in zip(*matrix)], sum(matrix, []))
print(sum([10**20, 1, -(10**20)]), sum([2**63, 2**63]))
orders = [{"qty": 2, "price": 9.99}, {"qty": 1, "price": 24.5}, {"qty": 5, "price": 0.99}]
subtotal = sum(o["qty"] * o["price"] for o in orders)
print(subtotal, round(subtotal, 2), f"{subtotal:.2f}")


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __repr__(self):
        return f"Money({self.cents})"


print(sum([Money(100), Money(250)], Money(0)))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([Money(1), Money(2)])
except TypeError as e:
    print("TypeError:", e)
try:
    print(sum([1, "2"]))
except TypeError as exc:
    print("TypeError:", exc)
