# NaN is never equal to itself, but containers compare items by identity first: the same NaN
# object matches, two separately made NaNs do not.
import math

nan = float("nan")
other = float("nan")
print(nan == nan, nan is nan, nan is other, [nan] == [nan], [nan] == [other], (nan,) == (other,))
print(nan in [nan], other in [nan], [nan, other].count(nan), [nan, 1.0].index(nan))
print({"a": nan} == {"a": nan}, {"a": nan} == {"a": other}, {nan: 1}.get(nan), {nan: 1}.get(other))
print(len({nan, nan, other}), len({float("nan"), float("nan")}), math.nan is math.nan, [math.nan] == [math.nan])
inf = float("inf")
diff = inf - inf
print(diff, diff is diff, [diff] == [diff], [inf - inf] == [inf - inf], [diff * 0] == [diff])
readings = [1.5, nan, 2.5, other, 3.0]
clean = [r for r in readings if not math.isnan(r)]
print(clean, sum(clean) / len(clean), readings.count(nan), readings.index(other))
print(repr(nan), str(-nan), f"{nan:>6}", f"{-other:+.2f}", abs(-nan), math.copysign(1.0, -nan))
print(nan != nan, nan < 1.0, nan > 1.0, max([nan, 1.0]), min([1.0, nan]), sorted([3.0, 1.0, 2.0]))
print(hash(1.5) == hash(1.5), hash(inf), int(1e18), round(2.5), float("-inf") < -1e308)
values = {"x": nan, "y": 2.0}
copy = dict(values)
print(copy == values, list(values.values()) == [nan, 2.0], [nan, 2.0] == [float("nan"), 2.0])
