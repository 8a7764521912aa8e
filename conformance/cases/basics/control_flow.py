# FizzBuzz variants, for/else, while/else, break and continue.
def fizzbuzz(n):
    out = []
    for i in range(1, n + 1):
        if i % 15 == 0:
            out.append("FizzBuzz")
        elif i % 3 == 0:
            out.append("Fizz")
        elif i % 5 == 0:
            out.append("Buzz")
        else:
            out.append(str(i))
    return out


print(", ".join(fizzbuzz(20)))


def find_first_prime(numbers):
    for n in numbers:
        if n < 2:
            continue
        for d in range(2, int(n ** 0.5) + 1):
            if n % d == 0:
                break
        else:
            return n
    else:
        return None


print(find_first_prime([4, 6, 8, 9, 11, 13]))
print(find_first_prime([4, 6, 8]))

count = 0
while count < 5:
    count += 1
    if count == 10:
        break
else:
    print("while finished normally at", count)

x = 7
label = "small" if x < 5 else "medium" if x < 10 else "large"
print(label)
print(1 < x <= 7 < 8, 0 < x < 3)
pass
