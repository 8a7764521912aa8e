# A binary min-heap class (push, pop, peek, heapify), heap sort, and the k smallest items; then popping empty.
class Heap:
    def __init__(self, items=(), key=lambda x: x):
        self.key = key
        self.data = list(items)
        for i in range(len(self.data) // 2 - 1, -1, -1):
            self._down(i)

    def _less(self, i, j):
        return self.key(self.data[i]) < self.key(self.data[j])

    def _up(self, i):
        while i and self._less(i, (i - 1) // 2):
            p = (i - 1) // 2
            self.data[i], self.data[p] = self.data[p], self.data[i]
            i = p

    def _down(self, i):
        n = len(self.data)
        while True:
            small = i
            for child in (2 * i + 1, 2 * i + 2):
                if child < n and self._less(child, small):
                    small = child
            if small == i:
                return
            self.data[i], self.data[small] = self.data[small], self.data[i]
            i = small

    def push(self, item):
        self.data.append(item)
        self._up(len(self.data) - 1)

    def pop(self):
        if not self.data:
            raise IndexError("pop from empty heap")
        top = self.data[0]
        last = self.data.pop()
        if self.data:
            self.data[0] = last
            self._down(0)
        return top

    def peek(self):
        return self.data[0]

    def __len__(self):
        return len(self.data)


h = Heap([9, 4, 7, 1, 8, 2, 6])
print(h.data, h.peek(), len(h))
h.push(0)
h.push(5)
print([h.pop() for _ in range(len(h))])
tasks = Heap([("write", 3), ("test", 1), ("deploy", 5), ("review", 2)], key=lambda t: t[1])
tasks.push(("hotfix", 0))
while tasks:
    name, priority = tasks.pop()
    print(priority, name)
words = "the quick brown fox jumps over the lazy dog".split()
longest = Heap(words, key=lambda w: (-len(w), w))
print([longest.pop() for _ in range(3)])
h.pop()
