# Permission checks with subset/superset relations, proper subsets and disjointness.
roles = {
    "viewer": frozenset({"read"}),
    "editor": frozenset({"read", "write"}),
    "admin": frozenset({"read", "write", "delete", "grant"}),
    "auditor": frozenset({"read", "audit"}),
}


def can(role, *perms):
    return set(perms) <= roles[role]


print(can("viewer", "read"), can("viewer", "write"), can("admin", "read", "grant"), can("editor"))
for a in roles:
    for b in roles:
        if a != b and roles[a] < roles[b]:
            print(f"{a} < {b}")
print(roles["admin"] >= roles["editor"], roles["admin"] > roles["admin"], roles["admin"] >= roles["admin"])
print(roles["auditor"].isdisjoint({"write", "delete"}), roles["auditor"].isdisjoint(roles["viewer"]))
print({1, 2}.issubset([1, 2, 3]), {1, 2, 3}.issuperset(range(1, 3)), set() <= {1}, set() < set())
print({1, 2} == frozenset({2, 1}), {1, 2} < {1, 2, 3}, {1, 4} < {1, 2, 3}, {1, 4} > {1})
hierarchy = sorted(roles, key=lambda r: (len(roles[r]), r))
print(hierarchy)
missing = {r: sorted(roles["admin"] - p) for r, p in roles.items()}
print(missing)
print(can("guest", "read"))
