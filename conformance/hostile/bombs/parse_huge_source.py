# 300,000 statements handed to exec: the parse itself runs past the time
# limit, which must end it there (not after the whole parse and compile).
source = "total = 0\n" + "total = total + 1\n" * 300_000
print(len(source))
exec(source)
print(total)
