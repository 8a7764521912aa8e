# pprint: nested data at several widths and indents, sorted and unsorted dicts, compact lists.
from pprint import pprint, pformat
import pprint as pp
data = {"users": [{"name": "ann", "roles": ["admin", "dev"], "age": 31, "active": True},
                  {"name": "bob", "roles": [], "age": 27, "active": False, "email": "bob@example.com"}],
        "meta": {"count": 2, "tags": ("x", "y"), "ids": set(range(3)), "nested": {"deep": [list(range(12)), "a" * 30]}},
        "b": 1, "a": None}
pprint(data)
pprint(data, width=40)
pprint({"z": 1, "a": 2})
print(pformat(list(range(40))))
pprint([("a", 1)] * 8, width=30)
pprint(data, indent=4, width=60, sort_dicts=False)
pprint(list(range(30)), compact=True, width=40)
pprint((1,), width=2)
pp.pp({"b": 1, "a": 2})
