# jsonb columns: dicts and lists in, dicts and lists out, JSON operators with parameters.
import sql

sql.query("DROP TABLE IF EXISTS events")
sql.query("CREATE TABLE events (id serial PRIMARY KEY, kind text, payload jsonb, raw json)")

events = [
    ("signup", {"user": "ada", "plan": "pro", "seats": 3, "tags": ["early", "beta"]}),
    ("login", {"user": "ada", "ip": "10.0.0.7", "mfa": True}),
    ("signup", {"user": "linus", "plan": "free", "seats": 1, "tags": []}),
    ("purchase", {"user": "linus", "items": [{"sku": "A1", "qty": 2}, {"sku": "B7", "qty": 1}], "total": 19.5}),
]
for kind, payload in events:
    sql.query("INSERT INTO events (kind, payload, raw) VALUES ($1, $2, $3)", [kind, payload, payload])

for row in sql.query("SELECT id, kind, payload FROM events ORDER BY id"):
    print(row["id"], row["kind"], row["payload"])

print(sql.query("SELECT payload->>'user' AS user, (payload->>'seats')::int AS seats "
                "FROM events WHERE kind = $1 ORDER BY id", ["signup"]))
print(sql.query("SELECT id FROM events WHERE payload @> $1 ORDER BY id", [{"user": "ada"}]))
print(sql.query("SELECT jsonb_array_length(payload->'items') AS n FROM events WHERE kind = 'purchase'"))
print(sql.query("SELECT payload->'items'->0 AS first FROM events WHERE kind = 'purchase'"))
print(sql.query("SELECT raw FROM events WHERE id = 2")[0]["raw"])

summary = sql.query("""
    SELECT jsonb_object_agg(kind, n) AS counts
    FROM (SELECT kind, count(*) AS n FROM events GROUP BY kind) k
""")[0]["counts"]
print(sorted(summary.items()))

# A list sent to a jsonb parameter is JSON; a string is parsed as JSON text.
print(sql.query("SELECT $1::jsonb AS doc", [[1, "two", None, {"three": 3.0}]]))
print(sql.query("SELECT $1::jsonb -> 'a' AS a", ['{"a": {"b": [true, false]}}']))
print(sql.query("SELECT jsonb_build_object('n', $1::int, 'ok', $2::bool) AS built", [5, False]))
print(sql.query("SELECT 'null'::jsonb AS j, '\"text\"'::jsonb AS s, '12.50'::jsonb AS num"))
