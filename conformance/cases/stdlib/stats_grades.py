# statistics: summarising exam grades per class.
import statistics as st

classes = {
    "math": [88, 92, 79, 65, 95, 70, 84, 91],
    "history": [72, 68, 90, 85, 77, 81],
    "art": [95, 95, 88, 70],
}
for name, grades in classes.items():
    print(f"{name:8} mean={st.mean(grades):.2f} median={st.median(grades)} "
          f"stdev={st.stdev(grades):.3f} range={max(grades) - min(grades)}")
    print("   exact:", st.mean(grades), st.variance(grades), st.pvariance(grades))

everyone = [g for grades in classes.values() for g in grades]
print(st.mean(everyone), st.fmean(everyone), st.median_low(everyone), st.median_high(everyone))
print(st.mode(everyone), st.multimode(everyone))
cut = st.quantiles(everyone, n=4)
print("quartiles:", cut)


def letter(g):
    return "A" if g >= 90 else "B" if g >= 80 else "C" if g >= 70 else "D"


letters = [letter(g) for g in everyone]
print(letters, st.mode(letters), st.multimode(letters))
z = [(g - st.mean(everyone)) / st.pstdev(everyone) for g in everyone[:4]]
print([round(v, 4) for v in z])
print(st.mean([88.5, 92.25]), st.median([3, 1, 2]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
