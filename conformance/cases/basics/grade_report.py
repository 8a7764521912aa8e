# A grade report: if/elif/else chains, for loops with accumulators, and a summary table.
students = [
    ("alice", [92, 88, 95]),
    ("bob", [71, 64, 80]),
    ("carol", [55, 62, 48]),
    ("dave", [85, 90, 78]),
    ("erin", [100, 97, 99]),
]


def letter(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    else:
        return "F"


totals = {}
counts = {"A": 0, "B": 0, "C": 0, "D": 0, "F": 0}
best_name = None
best_avg = -1
for name, scores in students:
    total = 0
    for s in scores:
        total += s
    avg = total / len(scores)
    grade = letter(avg)
    counts[grade] += 1
    totals[name] = total
    if avg > best_avg:
        best_avg = avg
        best_name = name
    print(f"{name:<6} {scores} avg={avg:6.2f} grade={grade}")

print("best:", best_name, round(best_avg, 3))
print("distribution:", counts)
passing = 0
for name in totals:
    if totals[name] >= 180:
        passing += 1
print("passing:", passing, "of", len(totals))
if passing == len(totals):
    print("everyone passed")
elif passing > len(totals) // 2:
    print("majority passed")
else:
    print("most failed")
