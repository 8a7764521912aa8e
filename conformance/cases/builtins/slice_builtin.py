# slice objects: creating with slice(), reusing them, indices(), and slicing custom sequences.
data = list(range(20))
evens = slice(0, None, 2)
last_three = slice(-3, None)
middle = slice(5, 15)
print(data[evens], data[last_three], data[middle], "abcdefgh"[evens], (1, 2, 3, 4)[last_three])
print(evens, last_three.start, last_three.stop, last_three.step, slice(5))
print(middle.indices(10), slice(None, None, -1).indices(5), slice(-100, 100).indices(7))
columns = {"id": slice(0, 4), "name": slice(4, 14), "amount": slice(14, 22)}
lines = ["0001Alice     00012.50", "0002Bob       00100.00", "0003Christine 00007.25"]
for line in lines:
    rec = {k: line[s].strip() for k, s in columns.items()}
    rec["amount"] = float(rec["amount"])
    print(rec)
s = slice(1, 4)
letters = list("abcdef")
letters[s] = ["X"]
print(letters)
del letters[slice(None, None, 2)]
print(letters)
print(slice(1, 2) == slice(1, 2), slice(1, 2, None) == slice(1, 2))
try:
    slice(0, 10, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
try:
    print(data[slice("a", "b")])
except TypeError as exc:
    print("TypeError:", exc)
