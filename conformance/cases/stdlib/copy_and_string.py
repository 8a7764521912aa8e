# copy.copy/deepcopy of nested and cyclic data with hooks, and the string module's helpers.
import copy
import string


class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __repr__(self):
        return f"Matrix({self.rows})"


class Tracked:
    copies = 0

    def __init__(self, tag):
        self.tag = tag

    def __copy__(self):
        Tracked.copies += 1
        return Tracked(self.tag + "'")

    def __deepcopy__(self, memo):
        Tracked.copies += 10
        return Tracked(self.tag + "''")


config = {"name": "svc", "ports": [80, 443], "meta": {"tags": ["a"]}, "limits": (1, [2])}
shallow = copy.copy(config)
deep = copy.deepcopy(config)
config["ports"].append(8080)
config["meta"]["tags"].append("b")
print(shallow["ports"], shallow["meta"], deep["ports"], deep["meta"], deep["limits"])

m = Matrix([[1, 2], [3, 4]])
m2 = copy.copy(m)
m3 = copy.deepcopy(m)
m.rows[0][0] = 99
print(m2, m3, m2.rows is m.rows, m3.rows is m.rows)

loop = [1, 2]
loop.append(loop)
clone = copy.deepcopy(loop)
print(clone[2] is clone, clone[2] is loop, len(clone))

t = Tracked("t")
print(copy.copy(t).tag, copy.deepcopy([t])[0].tag, Tracked.copies)

print(string.ascii_uppercase[:5], string.digits, len(string.printable), string.hexdigits)
print(string.capwords("the quick  brown fox"), string.capwords("a-b-c", "-"))
letter = string.Template("Dear $name, your order #${order} of $$${amount} has shipped.")
print(letter.substitute(name="Ada", order=42, amount="19.99"))
print(letter.safe_substitute({"name": "Bob"}))
print(letter.get_identifiers())
for bad in ("Hello $", "Hi ${name"):
    try:
        string.Template(bad).substitute(name="x")
    except ValueError as e:
        print("ValueError:", e)
try:
    letter.substitute(name="Cy")
except KeyError as e:
    print("KeyError:", e)
word_chars = set(string.ascii_letters + string.digits + "_")
print(all(c in word_chars for c in "snake_case_42"), "!" in string.punctuation)
