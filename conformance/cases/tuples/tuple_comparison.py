# Lexicographic tuple comparison for ranking: ties broken by later fields; None breaks it.
teams = [
    ("Reds", 10, 25, 12),
    ("Blues", 12, 30, 20),
    ("Greens", 12, 28, 15),
    ("Yellows", 10, 25, 10),
    ("Purples", 12, 30, 18),
]


def sort_key(team):
    name, points, scored, conceded = team
    return (-points, -(scored - conceded), -scored, name)


table = sorted(teams, key=sort_key)
for rank, (name, pts, gf, ga) in enumerate(table, 1):
    print(f"{rank}. {name:<8} {pts:>3} {gf - ga:+4d}")
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,), (1, "b") > (1, "a"))
print((1, 2) == (1, 2), (1, 2) != (2, 1), max((1, "z"), (1, "zz")), min([(2, 1), (1, 9), (1, 2)]))
print(sorted([(1, "b"), (0, "z"), (1, "a")]), (0.5, 1) < (1, 0))
dates = [(2024, 3, 1), (2023, 12, 31), (2024, 1, 15)]
print(sorted(dates), max(dates), [f"{y}-{m:02d}-{d:02d}" for y, m, d in sorted(dates)])
print((1, None) == (1, None), (1, 2) < (2, None))
try:
    print(sorted([(1, None), (1, 2)]))
except TypeError as exc:
    print("TypeError:", exc)
