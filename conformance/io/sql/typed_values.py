# Scalar types both ways: int, bigint, float, numeric, text, bool, NULL.
import sql
from decimal import Decimal

row = sql.query("""
    SELECT 42 AS small, 9007199254740993::bigint AS big, 2.5::float8 AS f,
           0.1::float4 AS f4, 1e300::float8 AS huge, 'NaN'::float8 AS nan,
           12.3400::numeric AS n, 'NaN'::numeric AS nnan, 123456789012345678901234567890.5::numeric AS wide,
           -0.000001::numeric(12, 8) AS tiny,
           'héllo wörld ✓'::text AS t, 'padded'::char(8) AS ch, 'v'::varchar(5) AS vc,
           true AS yes, false AS no, NULL::int AS nothing, NULL::text AS nothing_text
""")[0]
for key, value in row.items():
    print(f"{key:>12}: {value!r}")

params = [7, -2**63, 2**70, 3.25, float("inf"), Decimal("-1.005"), "text 'with' quotes", True, None]
echo = sql.query(
    "SELECT $1 AS i, $2 AS minint, $3 AS bignum, $4 AS f, $5 AS inf, $6 AS d, $7 AS s, $8 AS b, $9::int AS null_int",
    params,
)[0]
for key, value in echo.items():
    print(f"{key:>8}: {value!r} ({type(value).__name__})")

sql.query("DROP TABLE IF EXISTS measurements")
sql.query("CREATE TABLE measurements (id int, reading float8, exact numeric, label text, ok bool)")
sql.query("INSERT INTO measurements VALUES ($1, $2, $3, $4, $5)", [1, 0.1 + 0.2, Decimal("0.30"), None, True])
sql.query("INSERT INTO measurements VALUES ($1, $2, $3, $4, $5)", [2, None, None, "second", None])
for row in sql.query("SELECT * FROM measurements ORDER BY id"):
    print(row)
print(sql.query("SELECT reading = $1 AS same_float, exact = $2 AS same_decimal FROM measurements WHERE id = 1",
                [0.30000000000000004, Decimal("0.3")]))
print(sql.query("SELECT $1::int + $2::int AS total, $3 || '!' AS shout", ["40", "2", "hey"]))
