# Form letters and a report with string.Template, string constants, capwords and Formatter.
import string
from string import Template

letter = Template("Dear $name,\nYour order #$order_id of ${qty}x $item ships on $date.\nCost: $$$cost\n")
orders = [
    {"name": "Ann Lee", "order_id": 1001, "qty": 2, "item": "lamp", "date": "May 3", "cost": "39.90"},
    {"name": "Bob", "order_id": 1002, "qty": 1, "item": "desk", "date": "May 9", "cost": "210.00"},
]
for o in orders:
    print(letter.substitute(o))
partial = Template("$greeting, $name! You have $count new ${kind}s.")
print(partial.safe_substitute(greeting="Hi", count=3))
print(partial.substitute({"greeting": "Yo", "name": "Cy"}, count=0, kind="alert"))
print(Template("$a$b $$a ${a}x").substitute(a=1, b=2), Template("no vars").template)
print(partial.get_identifiers(), partial.is_valid(), Template("$").is_valid())


class Percent(Template):
    delimiter = "%"


class Upper(Template):
    idpattern = r"[A-Z_]+"


print(Percent("Total: %total (%pct%%)").substitute(total=42, pct=7))
print(Upper("$HOME and $user").safe_substitute(HOME="/root", user="x"))
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, string.ascii_uppercase[:5], len(string.printable))
print(string.capwords("the  quick brown\tfox"), string.capwords("a-b c-d", "-"))
fmt = string.Formatter()
print(fmt.format("{0:>6}|{name:^7}|{1:.2f}", "x", 3.14159, name="mid"))
print(list(fmt.parse("Hi {name}, you owe {amount:.2f}{{!}}")))
table = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[13:] + string.ascii_lowercase[:13])
print("hello world".translate(table))
for bad in [lambda: letter.substitute(name="x"), lambda: Template("$1").substitute(),
            lambda: Template("cost $").substitute(), lambda: Template("${x").substitute(x=1)]:
    try:
        bad()
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
