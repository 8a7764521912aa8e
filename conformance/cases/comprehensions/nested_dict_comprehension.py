# Building nested structures in one expression: a gradebook summary and a sparse adjacency map.
gradebook = {
    "math": {"ann": 91, "bob": 78, "cy": 85},
    "art": {"ann": 72, "bob": 95, "cy": 88},
    "code": {"ann": 99, "bob": 81, "cy": 64},
}
students = sorted({s for scores in gradebook.values() for s in scores})
by_student = {s: {subj: gradebook[subj][s] for subj in gradebook} for s in students}
print(by_student)
averages = {s: round(sum(v.values()) / len(v), 1) for s, v in by_student.items()}
print(averages)
best_subject = {s: max(v, key=v.get) for s, v in by_student.items()}
print(best_subject)
top_per_subject = {subj: max(scores.items(), key=lambda kv: kv[1]) for subj, scores in gradebook.items()}
print(top_per_subject)
passed = {subj: [s for s, g in sorted(scores.items()) if g >= 80] for subj, scores in gradebook.items()}
print(passed)
edges = [("a", "b", 4), ("a", "c", 1), ("b", "c", 2), ("c", "d", 7)]
nodes = sorted({n for e in edges for n in e[:2]})
adj = {n: {b: w for a, b, w in edges if a == n} for n in nodes}
print(adj)
reverse_adj = {n: {a: w for a, b, w in edges if b == n} for n in nodes}
print(reverse_adj)
degree = {n: len(adj[n]) + len(reverse_adj[n]) for n in nodes}
print(degree, [n for n, d in degree.items() if d == max(degree.values())])
