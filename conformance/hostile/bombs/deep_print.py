# print of a list nested 10**5 deep.
def deep(n):
    x = []
    for _ in range(n):
        x = [x]
    return x

print(deep(100000))
