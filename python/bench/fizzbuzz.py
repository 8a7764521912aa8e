"""FizzBuzz over 1..30000, counted and checksummed instead of printed."""

counts = {"Fizz": 0, "Buzz": 0, "FizzBuzz": 0, "number": 0}
checksum = 0
for i in range(1, 30001):
    if i % 15 == 0:
        word = "FizzBuzz"
    elif i % 3 == 0:
        word = "Fizz"
    elif i % 5 == 0:
        word = "Buzz"
    else:
        word = str(i)
    if word[0].isdigit():
        counts["number"] += 1
    else:
        counts[word] += 1
    checksum = (checksum * 31 + len(word)) % 1000003
print(counts)
print("checksum", checksum)
