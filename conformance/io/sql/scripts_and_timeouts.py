# Several statements in one call (no parameters), statement timeouts, and the connection after them.
import sql

count = sql.query("""
    DROP TABLE IF EXISTS jobs;
    CREATE TABLE jobs (id int PRIMARY KEY, state text DEFAULT 'queued');
    INSERT INTO jobs (id) SELECT g FROM generate_series(1, 5) g;
    UPDATE jobs SET state = 'done' WHERE id <= 2;
""")
print("script result:", count)
print(sql.query("SELECT state, count(*) AS n FROM jobs GROUP BY state ORDER BY state"))

try:
    sql.query("INSERT INTO jobs (id) VALUES (6); INSERT INTO jobs (id) VALUES (1)")
except sql.Error as e:
    print("script failed:", e.sqlstate, e)
print("all or nothing:", sql.query("SELECT count(*) AS n FROM jobs")[0]["n"])

try:
    sql.query("SELECT pg_sleep(5)", timeout=0.3)
except sql.Error as e:
    print("timeout:", e.sqlstate, e)
print("still usable:", sql.query("SELECT 1 AS one"))
print("sleep within the limit:", sql.query("SELECT pg_sleep(0.05) AS slept", timeout=2))

try:
    sql.query("SELECT 1", timeout=-1)
except ValueError as e:
    print("ValueError:", e)

with sql.transaction():
    sql.query("UPDATE jobs SET state = 'running' WHERE id = 3")
    try:
        sql.query("SELECT pg_sleep(3)", timeout=0.2)
    except sql.Error as e:
        print("timed out inside a transaction:", e.sqlstate)
    try:
        sql.query("SELECT 1")
    except sql.Error as e:
        print("aborted:", e.sqlstate)
print(sql.query("SELECT id, state FROM jobs ORDER BY id"))
