# statistics with collections.deque: rolling mean/median/stdev over a daily series.
from collections import deque
import statistics as st

daily_visits = [120, 135, 128, 160, 155, 149, 171, 190, 185, 178, 201, 230, 215, 199]
window = deque(maxlen=5)
for day, visits in enumerate(daily_visits, 1):
    window.append(visits)
    if len(window) == window.maxlen:
        w = list(window)
        print(f"day {day:2}: mean={st.mean(w):7.2f} median={st.median(w)} "
              f"stdev={st.stdev(w):6.2f} fmean={st.fmean(w)}")
changes = [b - a for a, b in zip(daily_visits, daily_visits[1:])]
print(changes, st.mean(changes), st.median(changes), st.pstdev(changes))
weekly = [daily_visits[i:i + 7] for i in range(0, len(daily_visits), 7)]
print([st.mean(w) for w in weekly], [st.variance(w) for w in weekly])
growth = [b / a for a, b in zip(daily_visits, daily_visits[1:])]
print(round(st.geometric_mean(growth), 12), st.quantiles(daily_visits, n=5))
