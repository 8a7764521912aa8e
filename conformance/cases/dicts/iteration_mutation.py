# Modifying a dict while iterating over it: safe patterns, then the RuntimeError.
sessions = {"s1": 5, "s2": 0, "s3": 12, "s4": 0, "s5": 7}
expired = [k for k, ttl in sessions.items() if ttl == 0]
for k in expired:
    del sessions[k]
print(sessions)
for k in list(sessions):
    sessions[k] -= 5
    if sessions[k] <= 0:
        del sessions[k]
print(sessions)
sessions = {k: v * 2 for k, v in sessions.items() if v > 1}
print(sessions)
for k in sessions:
    sessions[k] = 0
print(sessions)
counts = {"a": 1, "b": 2}
try:
    for k in counts:
        counts[k + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(counts)
cache = {1: "one", 2: "two", 3: "three"}
try:
    for k, v in cache.items():
        if k == 2:
            del cache[k]
except RuntimeError as exc:
    print("RuntimeError:", exc)
