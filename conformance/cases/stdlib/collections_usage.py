# collections: Counter, defaultdict, deque, namedtuple, OrderedDict.
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple

votes = ["red", "blue", "red", "green", "blue", "red"]
tally = Counter(votes)
print(tally, tally.most_common(2), tally["purple"])
tally.update(["green", "green"])
print(sorted(tally.items()), sum(tally.values()))
graph = defaultdict(list)
for a, b in [("a", "b"), ("a", "c"), ("b", "c")]:
    graph[a].append(b)
print(dict(graph), graph["z"], len(graph))
queue = deque([1, 2, 3], maxlen=4)
queue.append(4)
queue.append(5)
queue.appendleft(0)
print(queue, queue.popleft(), queue.pop(), list(queue))
queue.rotate(1)
print(queue)
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x + p.y, p._replace(x=10), p._asdict(), Point._fields)
od = OrderedDict(b=2, a=1)
od.move_to_end("b")
print(od, list(od))
print(Counter("hello world").most_common(3))
