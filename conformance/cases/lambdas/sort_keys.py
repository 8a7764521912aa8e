# Lambdas as sort keys: multi-field keys, descending numbers, case-insensitive text and computed keys.
employees = [
    {"name": "zoe", "dept": "eng", "salary": 120, "start": (2019, 5)},
    {"name": "Adam", "dept": "ops", "salary": 95, "start": (2021, 1)},
    {"name": "bea", "dept": "eng", "salary": 120, "start": (2017, 9)},
    {"name": "Carl", "dept": "hr", "salary": 70, "start": (2019, 5)},
]
print([e["name"] for e in sorted(employees, key=lambda e: e["name"])])
print([e["name"] for e in sorted(employees, key=lambda e: e["name"].lower())])
print([e["name"] for e in sorted(employees, key=lambda e: (-e["salary"], e["start"]))])
print([e["name"] for e in sorted(employees, key=lambda e: (e["dept"], -e["salary"]))])
print(max(employees, key=lambda e: e["start"])["name"], min(employees, key=lambda e: len(e["name"]))["name"])
words = ["banana", "Apple", "cherry", "apple", "date"]
print(sorted(words, key=lambda w: (len(w), w.lower(), w)))
print(sorted(range(-5, 6), key=lambda n: (abs(n), n)))
points = [(3, 4), (-1, 1), (0, 5), (2, -2)]
print(sorted(points, key=lambda p: p[0] ** 2 + p[1] ** 2))
print(sorted("hello world", key=lambda ch: (ch == " ", ch)))
by_dept = {}
for e in sorted(employees, key=lambda e: e["dept"]):
    by_dept.setdefault(e["dept"], []).append(e["name"])
print(by_dept)
print(sorted(employees, key=lambda e: e["bonus"]))
