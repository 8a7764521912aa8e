# Generator-based coroutines with send(): a running average, a parser accumulating lines, priming.
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return count, average


avg = averager()
print(next(avg))
for v in [10, 20, 60, 10]:
    print("sent", v, "->", avg.send(v))
try:
    avg.send(None)
except StopIteration as stop:
    print("finished with", stop.value)


def line_collector():
    lines = []
    buffer = ""
    while True:
        chunk = yield len(lines)
        buffer += chunk
        while "\n" in buffer:
            line, buffer = buffer.split("\n", 1)
            lines.append(line)
            print("  complete line:", repr(line))


collector = line_collector()
next(collector)
for chunk in ["hel", "lo\nwor", "ld\n\nlast", " bit\n"]:
    print("lines so far:", collector.send(chunk))
fresh = averager()
fresh.send(5)
