# A reporting query: grouping, HAVING, window functions, numeric averages as Decimal, a CTE.
import sql
from decimal import Decimal

sql.query("DROP TABLE IF EXISTS sales")
sql.query("CREATE TABLE sales (region text, rep text, quarter int, amount numeric(12, 2))")
data = [
    ("north", "ana", 1, "1200.00"), ("north", "ana", 2, "1350.50"), ("north", "bo", 1, "980.25"),
    ("north", "bo", 2, "1500.00"), ("south", "cy", 1, "2100.10"), ("south", "cy", 2, "1899.90"),
    ("south", "di", 1, "450.00"), ("east", "ed", 2, "3000.00"),
]
for region, rep, quarter, amount in data:
    sql.query("INSERT INTO sales VALUES ($1, $2, $3, $4)", [region, rep, quarter, Decimal(amount)])

print("by region:")
for row in sql.query("""
        SELECT region, count(*) AS deals, sum(amount) AS total, round(avg(amount), 2) AS average
        FROM sales GROUP BY region HAVING sum(amount) > $1 ORDER BY total DESC""", [Decimal("1000")]):
    print(f"  {row['region']:<6} {row['deals']} {row['total']:>9} {row['average']!r}")

print("ranking:")
for row in sql.query("""
        SELECT rep, sum(amount) AS total,
               rank() OVER (ORDER BY sum(amount) DESC) AS rank,
               round(100 * sum(amount) / sum(sum(amount)) OVER (), 1) AS share
        FROM sales GROUP BY rep ORDER BY rank, rep"""):
    print(f"  #{row['rank']} {row['rep']:<3} {row['total']} ({row['share']}%)")

growth = sql.query("""
    WITH q AS (SELECT rep, quarter, sum(amount) AS total FROM sales GROUP BY rep, quarter)
    SELECT rep, quarter, total, total - lag(total) OVER (PARTITION BY rep ORDER BY quarter) AS change
    FROM q ORDER BY rep, quarter""")
for row in growth:
    print(" ", row)

stats = sql.query("SELECT min(amount), max(amount), stddev_samp(amount)::numeric(10, 3) AS sd, "
                  "percentile_cont(0.5) WITHIN GROUP (ORDER BY amount) AS median FROM sales")[0]
print(stats)
total = sum(r["amount"] for r in sql.query("SELECT amount FROM sales"))
print("python sum:", total, type(total).__name__)
