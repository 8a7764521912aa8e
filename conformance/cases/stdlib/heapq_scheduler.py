# A job scheduler with heapq: priorities, ties broken by insertion order, top-k reports.
import heapq
import itertools
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)


class Scheduler:
    def __init__(self):
        self.heap = []
        self.counter = itertools.count()

    def submit(self, name, priority):
        heapq.heappush(self.heap, Job(priority, next(self.counter), name))

    def run(self, n):
        done = []
        while self.heap and len(done) < n:
            done.append(heapq.heappop(self.heap).name)
        return done


s = Scheduler()
for name, prio in [("backup", 5), ("email", 1), ("report", 3), ("alert", 1), ("cleanup", 9)]:
    s.submit(name, prio)
print(s.run(3), [j.name for j in s.heap])

nums = [42, 7, 19, 3, 88, 61, 7, 25]
h = nums[:]
heapq.heapify(h)
print(h[0], [heapq.heappop(h) for _ in range(3)])
print(heapq.heappushpop(h, 1), heapq.heapreplace(h, 100), sorted(h))
print(heapq.nlargest(3, nums), heapq.nsmallest(2, nums))
scores = {"ann": 91, "bob": 78, "cid": 85, "dee": 91, "eve": 60}
print(heapq.nlargest(2, scores, key=scores.get), heapq.nsmallest(2, scores.items(), key=lambda kv: kv[1]))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [5])))
print(list(heapq.merge(["apple", "fig"], ["kiwi", "banana"], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
tasks = [(2, "write"), (1, "plan"), (3, "ship")]
heapq.heapify(tasks)
print([heapq.heappop(tasks) for _ in range(len(tasks))])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
heapq.heappush([(1, {})], (0, {}))
heapq.heappush([(1, {})], (1, {}))
