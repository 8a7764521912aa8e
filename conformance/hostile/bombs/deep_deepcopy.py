# copy.deepcopy of a list nested 10**5 deep.
import copy
def deep(n):
    x = []
    for _ in range(n):
        x = [x]
    return x

copy.deepcopy(deep(100000))
