# INSERT ... ON CONFLICT, and RETURNING on insert, update and delete (rows instead of counts).
import sql

sql.query("DROP TABLE IF EXISTS counters")
sql.query("CREATE TABLE counters (key text PRIMARY KEY, hits int NOT NULL DEFAULT 0, id serial)")


def hit(key, n=1):
    return sql.query("""
        INSERT INTO counters (key, hits) VALUES ($1, $2)
        ON CONFLICT (key) DO UPDATE SET hits = counters.hits + EXCLUDED.hits
        RETURNING key, hits""", [key, n])[0]


for key in ["home", "about", "home", "home", "blog", "about"]:
    print(hit(key))
print(hit("home", 10))

print(sql.query("INSERT INTO counters (key) VALUES ($1), ($2) RETURNING id, key, hits", ["x", "y"]))
print(sql.query("INSERT INTO counters (key) VALUES ($1) ON CONFLICT DO NOTHING RETURNING key", ["x"]))
print(sql.query("INSERT INTO counters (key) VALUES ($1) ON CONFLICT DO NOTHING", ["x"]))
print(sql.query("UPDATE counters SET hits = hits * 2 WHERE hits > $1 RETURNING key, hits", [1]))
print(sql.query("DELETE FROM counters WHERE hits = 0 RETURNING key"))
print(sql.query("SELECT key, hits FROM counters ORDER BY hits DESC, key"))
print(sql.query("WITH gone AS (DELETE FROM counters WHERE key = $1 RETURNING *) SELECT count(*) AS n FROM gone", ["blog"]))
