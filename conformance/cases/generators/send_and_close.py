# send(), throw(), close() and return values from generators.
def running_average():
    total = 0
    count = 0
    average = None
    while True:
        try:
            value = yield average
        except ValueError as exc:
            print("reset because", exc)
            total = count = 0
            average = None
            continue
        total += value
        count += 1
        average = total / count


avg = running_average()
next(avg)
print(avg.send(10), avg.send(20), avg.send(60))
print(avg.throw(ValueError("bad sample")))
print(avg.send(4))
avg.close()


def worker():
    try:
        while True:
            job = yield
            print("processing", job)
    finally:
        print("worker cleaned up")


w = worker()
next(w)
w.send("job-1")
w.send("job-2")
w.close()


def with_result():
    yield 1
    return "finished"


g = with_result()
next(g)
try:
    next(g)
except StopIteration as stop:
    print("result:", stop.value)
avg.send(1)
