# gen.throw(): the generator can catch the exception and keep yielding, or let it propagate out.
def resilient_worker():
    processed = 0
    while True:
        try:
            job = yield processed
            print(f"  processing {job}")
            processed += 1
        except ValueError as e:
            print(f"  worker recovered from: {e}")
        except KeyboardInterrupt:
            print("  worker asked to stop")
            return processed


w = resilient_worker()
next(w)
print(w.send("job-1"), w.send("job-2"))
print(w.throw(ValueError("corrupt job")))
print(w.send("job-3"))
try:
    w.throw(KeyboardInterrupt)
except StopIteration as e:
    print("stopped, processed:", e.value)


def with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup in finally")


g = with_cleanup()
print(next(g))
try:
    g.throw(RuntimeError("abort"))
except RuntimeError as e:
    print("propagated:", e)
print(next(g, "exhausted"))
fresh = with_cleanup()
try:
    fresh.throw(ValueError("before start"))
except ValueError as e:
    print("unstarted generator raised it directly:", e)
w2 = resilient_worker()
next(w2)
w2.throw(TypeError("not handled"))
