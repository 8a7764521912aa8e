# 100,000 statements compiled again and again: the time is all parsing and
# compiling, and the time limit must end it inside a parse (not after it).
source = "total = 0\n" + "total = total + 1\n" * 100_000
print(len(source))
compiles = 0
while True:
    compile(source, "big.py", "exec")
    compiles += 1
