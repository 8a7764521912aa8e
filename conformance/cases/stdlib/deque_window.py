# Moving averages, undo history and a round-robin queue with collections.deque.
from collections import deque


def moving_average(values, window):
    buf = deque(maxlen=window)
    out = []
    for v in values:
        buf.append(v)
        out.append(round(sum(buf) / len(buf), 2))
    return out


print(moving_average([10, 20, 30, 40, 50, 60], 3))

history = deque(maxlen=3)
for action in ["type a", "type b", "bold", "italic", "delete"]:
    history.append(action)
print(history, history.maxlen, len(history))
print("undo:", history.pop(), history)

queue = deque(["alice", "bob", "carol"])
for _ in range(4):
    queue.rotate(-1)
    print(queue[0], end=" ")
print()
queue.appendleft("zed")
queue.extendleft(["y1", "y2"])
queue.extend(["dave"])
print(queue, queue.index("bob"), queue.count("carol"))
queue.remove("zed")
queue.insert(2, "eve")
print(list(queue), queue[-1], queue[1:3] if False else list(queue)[1:3])
queue.reverse()
print(queue)
print(deque(range(5), 2), deque("abc") == deque(["a", "b", "c"]), deque([1]) < deque([2]))
d = deque(range(10))
del d[3]
d[0] = 100
print(d, 5 in d, d * 2 if len(d) < 3 else len(d * 2))
d.clear()
print(d, bool(d))
try:
    d.popleft()
except IndexError as e:
    print("IndexError:", e)
try:
    deque([1, 2]).index(7)
except ValueError as e:
    print("ValueError:", e)
full = deque([1, 2, 3], maxlen=3)
try:
    full.insert(0, 9)
except IndexError as e:
    print("IndexError:", e)
print(repr(deque(maxlen=0)), deque("ab").copy())
deque().pop()
