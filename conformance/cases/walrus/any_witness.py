# Capturing the witness of any() and the counterexample of all() with the walrus operator.
numbers = [12, 7, 18, 25, 3, 40]
if any((hit := n) > 20 for n in numbers):
    print("first over 20:", hit)
if not all((bad := n) % 2 == 0 for n in numbers):
    print("first odd:", bad)
users = [{"name": "ann", "age": 31}, {"name": "bob", "age": 17}, {"name": "cy", "age": 15}]
if any((minor := u)["age"] < 18 for u in users):
    print("minor found:", minor["name"])
if all((adult := u)["age"] >= 18 for u in users[:1]):
    print("checked up to", adult["name"])
words = ["level", "radar", "python", "kayak"]
if not all((w := word) == word[::-1] for word in words):
    print("not a palindrome:", w)
primes = [2, 3, 5, 7, 11]
if any((factor := p) for p in primes if 91 % p == 0):
    print("91 divisible by", factor)
print(any((last := x) > 100 for x in numbers), last)
inventory = {"apples": 5, "pears": 0, "plums": 2}
if any((empty := name) for name, qty in inventory.items() if qty == 0):
    print("out of stock:", empty)
if all((qty := v) < 10 for v in inventory.values()):
    print("all small, last checked", qty)
