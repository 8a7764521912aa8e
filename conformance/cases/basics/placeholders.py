# pass and Ellipsis as placeholders in stub classes and functions of a plugin registry.
class Plugin:
    name = "base"

    def setup(self):
        pass

    def run(self, data):
        ...


class Upper(Plugin):
    name = "upper"

    def run(self, data):
        return data.upper()


class Reverse(Plugin):
    name = "reverse"

    def run(self, data):
        return data[::-1]


class Todo(Plugin):
    name = "todo"


registry = {}
for cls in (Upper, Reverse, Todo):
    plugin = cls()
    plugin.setup()
    registry[plugin.name] = plugin

for name, plugin in registry.items():
    print(name, "->", plugin.run("hello"))

print(..., Ellipsis is ..., type(...).__name__)


def not_ready():
    pass


print(not_ready())
for i in range(3):
    pass
print("loop variable after pass loop:", i)
if True:
    pass
else:
    print("unreachable")
while False:
    pass
print(bool(...), [1, ..., 3])
