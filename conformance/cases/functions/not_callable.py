# Calling things that are not callable: shadowed builtins and attributes; callable() checks first.
handlers = {"start": lambda: "starting", "stop": "stopping"}
for name, h in handlers.items():
    if callable(h):
        print(name, "->", h())
    else:
        print(name, "is not callable:", repr(h))


class Job:
    def __init__(self):
        self.run = "not a method any more"

    def run(self):
        return "ran"


job = Job()
print(callable(job.run), callable(Job.run), callable(Job), callable(job), Job.run(job))
for thing in [None, 3, "text", [1], (1,)]:
    try:
        thing()
    except TypeError as e:
        print("TypeError:", e)
values = [3, 1, 2]
max_value = max(values)
print(max_value)
max = 10
try:
    print(max(values))
except TypeError as exc:
    print("TypeError:", exc)
