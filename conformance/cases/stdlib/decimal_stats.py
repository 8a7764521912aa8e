# Statistics over Decimal measurements, with formatting and conversion.
from decimal import Decimal, ROUND_HALF_UP
import statistics

readings = [Decimal(x) for x in ["12.5", "13.25", "11.75", "12.0", "14.125", "12.5", "13.0"]]
print("mean", statistics.mean(readings))
print("median", statistics.median(readings))
print("mode", statistics.mode(readings))
total = sum(readings)
print("total", total, "avg", (total / len(readings)).quantize(Decimal("0.001"), rounding=ROUND_HALF_UP))
spread = max(readings) - min(readings)
print("spread", spread, "as float", float(spread), "as ratio", spread.as_integer_ratio())
deviations = [r - total / len(readings) for r in readings]
print([f"{d:+.3f}" for d in deviations])
var = sum(d * d for d in deviations) / (len(readings) - 1)
print("variance", var.quantize(Decimal("1.0000")), "stdev", var.sqrt().quantize(Decimal("1.0000")))

buckets = {}
for r in readings:
    key = r.quantize(Decimal("1"), rounding=ROUND_HALF_UP)
    buckets.setdefault(key, []).append(r)
for key in sorted(buckets):
    print(key, [str(v) for v in buckets[key]])

table = [("north", Decimal("1234.5")), ("south", Decimal("-87.125")), ("east", Decimal("0.005"))]
for name, value in table:
    print(f"|{name:^9}|{value:>12,.2f}|{value:<10.1e}|{value:^+12.3f}|")
print(f"{Decimal('1234567.5'):,.1f}", f"{Decimal('3.14159'):.3}", f"{Decimal('0.000012345'):g}",
      f"{Decimal('12345678'):.3g}", f"{Decimal('-0.0'):f}", f"{Decimal('NaN'):>6}", f"{Decimal('-Inf'):,}")
