# json.dumps of a list nested 10**5 deep.
import json
def deep(n):
    x = []
    for _ in range(n):
        x = [x]
    return x

json.dumps(deep(100000))
