# A todo list manager: append, insert, remove, pop, index, count, reverse and membership.
todos = []


def add(task, priority=False):
    if priority:
        todos.insert(0, task)
    else:
        todos.append(task)


def complete(task):
    todos.remove(task)
    done.append(task)


done = []
add("write report")
add("email bob")
add("fix bug", priority=True)
add("lunch")
add("email bob")
print(todos, len(todos))
print(todos.index("email bob"), todos.index("email bob", 2), todos.count("email bob"))
complete("email bob")
print(todos, done)
last = todos.pop()
first = todos.pop(0)
print(last, first, todos)
todos.extend(["review PR", "deploy"])
todos.insert(100, "celebrate")
todos.insert(-1, "update docs")
print(todos)
todos.reverse()
print(todos, "deploy" in todos, "sleep" in todos)
print(sorted(todos), todos[:2])
todos.clear()
print(todos, done)
try:
    todos.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    done.index("nothing")
except ValueError as e:
    print("ValueError:", e)
complete("walk the dog")
