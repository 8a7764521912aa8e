# A task scheduler using deque (round robin, bounded history), namedtuple records and ChainMap settings.
from collections import ChainMap, deque, namedtuple

Task = namedtuple("Task", "name priority steps")
Event = namedtuple("Event", ["tick", "task", "action"], defaults=["ran"])

queue = deque([Task("build", 2, 3), Task("test", 1, 2), Task("deploy", 3, 1)])
history = deque(maxlen=4)
tick = 0
while queue:
    task = queue.popleft()
    tick += 1
    remaining = task.steps - 1
    history.append(Event(tick, task.name))
    if remaining:
        queue.append(task._replace(steps=remaining))
    else:
        history.append(Event(tick, task.name, "done"))
print(tick, history, history.maxlen)
print([e.task for e in history if e.action == "done"])

t = Task("lint", 0, 1)
name, priority, steps = t
print(t, name, t[1], len(t), t._asdict(), Task._fields, t == ("lint", 0, 1))
print(sorted([Task("b", 2, 1), Task("a", 2, 1), Task("c", 1, 9)]))
print(Task._make(["x", 5, 5]), Event(7, "y"), Event._field_defaults)
for bad in [("only",), ("a", 1, 2, 3)]:
    try:
        Task(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    namedtuple("Row", ["id", "id"])
except ValueError as e:
    print("ValueError:", e)

window = deque(range(5))
window.rotate(2)
print(window, window[0], window[-1], 3 in window)
window.rotate(-3)
window.extendleft([-1, -2])
print(window, window.count(0), window.index(4))
window.remove(-2)
print(window.pop(), window.popleft(), list(window))
try:
    deque().popleft()
except IndexError as e:
    print("IndexError:", e)

defaults = {"theme": "light", "lang": "en", "page_size": 20}
user = {"theme": "dark"}
session = {"page_size": 50}
settings = ChainMap(session, user, defaults)
print(settings["theme"], settings["lang"], settings["page_size"], len(settings))
print(sorted(settings.items()))
settings["lang"] = "fr"
print(session, user, "lang" in settings, settings.get("missing", "?"))
scoped = settings.new_child({"theme": "contrast"})
print(scoped["theme"], scoped.parents["theme"], scoped.maps[0])
