# An inventory table: create, insert with parameters, select typed rows, update and delete counts.
import sql
from decimal import Decimal

sql.query("DROP TABLE IF EXISTS products")
print("create:", sql.query("""
    CREATE TABLE products (
        id serial PRIMARY KEY,
        sku text NOT NULL UNIQUE,
        name text NOT NULL,
        price numeric(10, 2) NOT NULL,
        stock integer NOT NULL DEFAULT 0,
        active boolean NOT NULL DEFAULT true
    )"""))

catalog = [
    ("APL-001", "Apple", Decimal("0.45"), 120),
    ("BAN-002", "Banana", Decimal("0.25"), 200),
    ("CHR-003", "Cherry (500 g)", Decimal("6.90"), 15),
    ("DAT-004", "Dates", Decimal("4.10"), 0),
]
inserted = 0
for sku, name, price, stock in catalog:
    inserted += sql.query(
        "INSERT INTO products (sku, name, price, stock) VALUES ($1, $2, $3, $4)",
        [sku, name, price, stock],
    )
print("inserted:", inserted)

rows = sql.query("SELECT * FROM products ORDER BY id")
for row in rows:
    print(row)
print("columns:", list(rows[0]))

low = sql.query("SELECT sku, stock FROM products WHERE stock < $1 ORDER BY stock", [20])
print("low stock:", low)

updated = sql.query("UPDATE products SET price = price * $1 WHERE price < $2", [Decimal("1.10"), 1])
print("repriced:", updated)
for row in sql.query("SELECT name, price FROM products WHERE price < 1 ORDER BY name"):
    print(f"  {row['name']:<8} {row['price']!r} {type(row['price']).__name__}")

print("deactivated:", sql.query("UPDATE products SET active = false WHERE stock = 0"))
print("deleted:", sql.query("DELETE FROM products WHERE NOT active"))
print("none matched:", sql.query("DELETE FROM products WHERE sku = $1", ["NOPE"]))
print("empty select:", sql.query("SELECT * FROM products WHERE stock > $1", [10_000]))

total = sql.query("SELECT sum(price * stock) AS value, count(*) AS n FROM products")[0]
print("stock value:", total["value"], "over", total["n"], "products")
print(sql.query("SELECT name FROM products WHERE name ILIKE $1 ORDER BY name", ["%an%"]))
