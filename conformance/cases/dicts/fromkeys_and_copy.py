# dict.fromkeys with shared mutable defaults, copy() versus nested copies, and clear().
fields = ["name", "email", "phone"]
blank = dict.fromkeys(fields)
print(blank)
zeros = dict.fromkeys(fields, 0)
zeros["name"] += 1
print(zeros)
shared = dict.fromkeys(["a", "b"], [])
shared["a"].append(1)
print(shared, shared["a"] is shared["b"])
separate = {k: [] for k in ["a", "b"]}
separate["a"].append(1)
print(separate)
print(dict.fromkeys("hello"), dict.fromkeys(range(3), "x"))
profile = {"name": "kim", "tags": ["admin"], "prefs": {"theme": "dark"}}
clone = profile.copy()
clone["name"] = "lee"
clone["tags"].append("ops")
print(profile)
print(clone)
clone2 = {k: (v.copy() if hasattr(v, "copy") else v) for k, v in profile.items()}
clone2["prefs"]["theme"] = "light"
print(profile["prefs"], clone2["prefs"])
alias = profile
profile.clear()
print(alias, profile is alias, clone["name"])
unique_order = list(dict.fromkeys([3, 1, 3, 2, 1, 5]))
print(unique_order)
