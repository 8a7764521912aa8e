# gen.close(): GeneratorExit at the paused yield, finally blocks run, yielding during close fails.
def reader(name):
    print(f"  open {name}")
    try:
        for i in range(1, 100):
            yield f"{name}:{i}"
    except GeneratorExit:
        print(f"  {name} got GeneratorExit")
        raise
    finally:
        print(f"  close {name}")


r = reader("data")
print(next(r), next(r))
r.close()
r.close()
print(next(r, "closed generator is exhausted"))
never_started = reader("idle")
never_started.close()
print("closing an unstarted generator runs nothing")
first_three = []
r2 = reader("log")
for line in r2:
    first_three.append(line)
    if len(first_three) == 3:
        break
print(first_three)
r2.close()


def swallow():
    try:
        yield "a"
    except GeneratorExit:
        return


s = swallow()
next(s)
s.close()
print("swallowing GeneratorExit by returning is fine")


def stubborn():
    refused = False
    while True:
        try:
            yield "still here"
        except GeneratorExit:
            if refused:
                return
            refused = True
            print("  refusing to close")


st = stubborn()
next(st)
st.close()
