# time (fixed timestamps through gmtime/strftime, sleep moving the clock) and a heapq job queue.
import heapq
import time

stamps = [0, 951782400, 1700000000, 4102444800, -86400]
for ts in stamps:
    t = time.gmtime(ts)
    print(ts, t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday, time.strftime("%Y-%m-%d %H:%M:%S %a %b %j", t))
print(time.gmtime(1700000000))
print(time.asctime(time.gmtime(1700000000)), time.strftime("%I:%M %p|%y|%U|%W|%%|%D|%T", time.gmtime(1700000000)))
start, wall = time.perf_counter(), time.time()
time.sleep(0.25)
print(time.perf_counter() - start >= 0.25, time.time() - wall >= 0.25, isinstance(time.time_ns(), int))
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)

jobs = []
for priority, name in [(3, "email"), (1, "deploy"), (2, "review"), (1, "backup"), (5, "report")]:
    heapq.heappush(jobs, (priority, name))
print(jobs[0], len(jobs))
order = []
while jobs:
    order.append(heapq.heappop(jobs)[1])
print(order)
scores = [73, 91, 45, 88, 60, 99, 12]
print(heapq.nlargest(3, scores), heapq.nsmallest(2, scores))
heap = scores[:]
heapq.heapify(heap)
print(heap[0], heapq.heappushpop(heap, 50), heapq.heapreplace(heap, 100), sorted(heap))
print(heapq.nsmallest(2, ["pear", "fig", "banana"], key=len), list(heapq.merge([1, 5, 9], [2, 6], [0])))
