# Augmented assignment with every operator on ints, floats, strings and lists.
n = 17
n += 5
print("+=", n)
n -= 3
print("-=", n)
n *= 4
print("*=", n)
n //= 3
print("//=", n)
n %= 7
print("%=", n)
n **= 5
print("**=", n)
n <<= 3
print("<<=", n)
n >>= 2
print(">>=", n)
n &= 0xFF
print("&=", n)
n |= 0x100
print("|=", n)
n ^= 0b1010
print("^=", n)

x = 10
x /= 4
print("/=", x, type(x).__name__)
x -= 0.5
x *= 3
print(x)

s = "ab"
s += "cd"
s *= 3
print(s)

items = [1, 2]
alias = items
items += [3, 4]
print(items, alias, items is alias)
items *= 2
print(alias)

t = (1, 2)
t_alias = t
t += (3,)
print(t, t_alias, t is t_alias)

counter = {"hits": 0}
for _ in range(5):
    counter["hits"] += 2
print(counter)

grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 7
grid[0][0] -= 1
print(grid)
