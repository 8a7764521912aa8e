# uuid columns: uuid.UUID in, uuid.UUID out, deterministic keys (uuid5), lookups and joins.
import sql
import uuid

NAMESPACE = uuid.UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
sql.query("DROP TABLE IF EXISTS sessions")
sql.query("DROP TABLE IF EXISTS users")
sql.query("CREATE TABLE users (id uuid PRIMARY KEY, name text NOT NULL)")
sql.query("CREATE TABLE sessions (token uuid PRIMARY KEY, user_id uuid REFERENCES users(id), n int)")

ids = {}
for name in ["ada", "grace", "linus"]:
    ids[name] = uuid.uuid5(NAMESPACE, name)
    sql.query("INSERT INTO users VALUES ($1, $2)", [ids[name], name])
for n, name in enumerate(["ada", "ada", "linus"]):
    sql.query("INSERT INTO sessions VALUES ($1, $2, $3)", [uuid.UUID(int=n + 1), ids[name], n])

for row in sql.query("SELECT * FROM users ORDER BY name"):
    print(row["name"], repr(row["id"]), row["id"] == ids[row["name"]])

found = sql.query("SELECT name FROM users WHERE id = $1", [ids["grace"]])
print("lookup:", found)
print("by string:", sql.query("SELECT name FROM users WHERE id = $1", [str(ids["linus"])]))
print(sql.query("""
    SELECT u.name, count(s.token) AS sessions, array_agg(s.token ORDER BY s.n) FILTER (WHERE s.token IS NOT NULL) AS tokens
    FROM users u LEFT JOIN sessions s ON s.user_id = u.id
    GROUP BY u.name ORDER BY u.name"""))
row = sql.query("SELECT $1::uuid AS u, $1::text AS t", [uuid.UUID("{12345678-1234-5678-1234-567812345678}")])[0]
print(row, row["u"].version, row["u"].hex)
try:
    sql.query("SELECT $1::uuid AS u", ["not-a-uuid"])
except sql.Error as e:
    print(e.sqlstate, e)
