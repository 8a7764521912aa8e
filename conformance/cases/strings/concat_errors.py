# Mixing str with other types: concatenation, repetition, comparison and the TypeErrors they raise.
label = "item"
count = 3
print(label + str(count), label * count, f"{label}{count}", label + "s" * (count != 1))
print("abc" < "abd", "Z" < "a", "apple" < "apple pie", "" < "a", "10" < "9")
print(sorted(["banana", "Apple", "cherry", "apple"]), sorted(["banana", "Apple", "cherry"], key=str.lower))
print("abc" == "abc", "abc" != "ABC", "a" * -2 == "", 3 * "ab")
for a, b in [("a", 1), (1, "a"), ("a", None), ("a", [1])]:
    try:
        print(a + b)
    except TypeError as e:
        print("TypeError:", e)
try:
    print("a" < 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print("ab" * 2.0)
except TypeError as e:
    print("TypeError:", e)
try:
    print("ab" - "b")
except TypeError as e:
    print("TypeError:", e)
print("ab" in "cabd", "x" not in "abc")
try:
    total = "Total: " + 10
except TypeError as exc:
    print("TypeError:", exc)
