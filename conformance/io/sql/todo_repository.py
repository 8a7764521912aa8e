# A small repository class over PostgreSQL, the way an app's handler would use the sql module.
import json
import sql
from datetime import datetime, timezone


class TodoRepository:
    def __init__(self):
        sql.query("DROP TABLE IF EXISTS todos")
        sql.query("""CREATE TABLE todos (
            id serial PRIMARY KEY, title text NOT NULL, done boolean NOT NULL DEFAULT false,
            tags text[] NOT NULL DEFAULT '{}', due timestamptz, meta jsonb NOT NULL DEFAULT '{}')""")

    def add(self, title, tags=(), due=None, **meta):
        row = sql.query("INSERT INTO todos (title, tags, due, meta) VALUES ($1, $2, $3, $4) RETURNING id",
                        [title, list(tags), due, meta])
        return row[0]["id"]

    def complete(self, todo_id):
        return sql.query("UPDATE todos SET done = true WHERE id = $1 AND NOT done", [todo_id]) == 1

    def open_items(self, tag=None):
        if tag is None:
            return sql.query("SELECT * FROM todos WHERE NOT done ORDER BY due NULLS LAST, id")
        return sql.query("SELECT * FROM todos WHERE NOT done AND $1 = ANY(tags) ORDER BY id", [tag])

    def stats(self):
        return sql.query("SELECT count(*) FILTER (WHERE done) AS done, count(*) AS total FROM todos")[0]


repo = TodoRepository()
due = datetime(2024, 5, 1, 17, 0, tzinfo=timezone.utc)
a = repo.add("write report", ["work"], due, priority=1)
b = repo.add("buy milk", ["home", "errand"])
c = repo.add("review PR #42", ["work"], datetime(2024, 4, 30, 9, 0, tzinfo=timezone.utc), priority=2, reviewers=["ana"])
print("ids:", a, b, c)
print("complete b:", repo.complete(b), "again:", repo.complete(b))
for item in repo.open_items():
    print(json.dumps(item, default=str, sort_keys=True))
print([t["title"] for t in repo.open_items("work")])
print(repo.stats())
