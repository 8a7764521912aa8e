# statistics.mode/multimode/median on survey answers (categorical and ordinal).
import statistics as st
from collections import Counter

answers = ["yes", "no", "yes", "maybe", "no", "yes", "no", "maybe", "no"]
print(st.mode(answers), st.multimode(answers), Counter(answers).most_common())
ratings = [4, 5, 3, 4, 2, 5, 4, 1, 5, 4, 3]
print(st.mode(ratings), st.multimode(ratings), st.median(ratings), st.mean(ratings))
print(st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]), st.median(["b", "a", "c"]))
tie = [1, 1, 2, 2, 3]
print(st.mode(tie), st.multimode(tie), st.multimode([]), st.multimode("aabbbc"))
by_region = {"north": [3, 4, 4, 5], "south": [2, 2, 3, 5, 5], "west": [1]}
for region, vals in by_region.items():
    print(region, st.multimode(vals), st.median(vals))
print(st.mode([1.5, 2.5, 1.5]), st.mode(iter("abracadabra")))
try:
    st.mode([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.median([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
print(issubclass(st.StatisticsError, ValueError))
