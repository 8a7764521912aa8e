# Errors carry PostgreSQL's SQLSTATE and message; the connection stays usable afterwards.
import sql

sql.query("DROP TABLE IF EXISTS orders")
sql.query("DROP TABLE IF EXISTS customers")
sql.query("CREATE TABLE customers (id int PRIMARY KEY, email text UNIQUE NOT NULL, age int CHECK (age >= 18))")
sql.query("CREATE TABLE orders (id int PRIMARY KEY, customer_id int NOT NULL REFERENCES customers(id))")
sql.query("INSERT INTO customers VALUES ($1, $2, $3)", [1, "ada@example.com", 36])

attempts = [
    ("duplicate key", "INSERT INTO customers VALUES ($1, $2, $3)", [1, "x@example.com", 20]),
    ("duplicate email", "INSERT INTO customers VALUES ($1, $2, $3)", [2, "ada@example.com", 20]),
    ("missing email", "INSERT INTO customers (id, age) VALUES ($1, $2)", [3, 30]),
    ("too young", "INSERT INTO customers VALUES ($1, $2, $3)", [4, "kid@example.com", 12]),
    ("unknown customer", "INSERT INTO orders VALUES ($1, $2)", [10, 99]),
    ("typo", "SELEC * FROM customers", []),
    ("no table", "SELECT * FROM customer", []),
    ("no column", "SELECT nickname FROM customers", []),
    ("division", "SELECT 1 / (age - 36) FROM customers", []),
    ("bad integer", "SELECT $1::int AS n", ["twelve"]),
    ("bad date", "SELECT $1::date AS d", ["2024-02-30"]),
    ("raise", "DO $$ BEGIN RAISE EXCEPTION 'custom failure %', 42 USING ERRCODE = 'P0001'; END $$", []),
    ("too many params", "SELECT $1::int AS a", [1, 2]),
]
for label, statement, params in attempts:
    try:
        sql.query(statement, params)
        print(f"{label}: no error")
    except sql.Error as e:
        print(f"{label}: {type(e).__name__} {e.sqlstate} {e}")
        assert e.code == e.sqlstate and isinstance(e, sql.DatabaseError)

print(sql.query("SELECT id, email FROM customers"))
try:
    sql.query("DELETE FROM customers WHERE id = $1", ["one"])
except sql.Error as e:
    print("caught as sql.Error:", repr(e.sqlstate), str(e))
try:
    sql.query("SELECT $1 AS x", [{1, 2}])
except TypeError as e:
    print("TypeError:", e)
try:
    sql.query(42)
except TypeError as e:
    print("TypeError:", e)
