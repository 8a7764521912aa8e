# PostgreSQL arrays: lists in, lists out, ANY($1), array functions, two dimensions, NULL elements.
import sql
from decimal import Decimal

sql.query("DROP TABLE IF EXISTS posts")
sql.query("CREATE TABLE posts (id int PRIMARY KEY, title text, tags text[], scores int[], weights numeric[])")
posts = [
    (1, "Intro to SQL", ["sql", "beginner"], [5, 4, 5], [Decimal("0.5"), Decimal("1.25")]),
    (2, "Arrays in depth", ["sql", "arrays", "advanced"], [3, None, 4], []),
    (3, 'Quotes "and" commas, {braces}', ["odd,tag", 'say "hi"', "back\\slash"], [], None),
]
for post in posts:
    sql.query("INSERT INTO posts VALUES ($1, $2, $3, $4, $5)", list(post))

for row in sql.query("SELECT * FROM posts ORDER BY id"):
    print(row)

print(sql.query("SELECT id FROM posts WHERE $1 = ANY(tags) ORDER BY id", ["sql"]))
print(sql.query("SELECT id, title FROM posts WHERE id = ANY($1) ORDER BY id", [[1, 3, 99]]))
print(sql.query("SELECT id, cardinality(tags) AS n, array_length(scores, 1) AS len FROM posts ORDER BY id"))
print(sql.query("SELECT array_agg(id ORDER BY id DESC) AS ids FROM posts"))
print(sql.query("SELECT unnest(tags) AS tag FROM posts WHERE id = $1", [2]))
print(sql.query("SELECT tags && $1 AS overlaps FROM posts ORDER BY id", [["advanced", "odd,tag"]]))

grid = sql.query("SELECT ARRAY[[1, 2, 3], [4, 5, 6]] AS grid, ARRAY[['a', NULL], ['c', 'd']] AS letters")[0]
print(grid["grid"], grid["letters"])
print(sql.query("SELECT $1::int[] AS matrix", [[[1, 2], [3, 4]]]))
print(sql.query("SELECT '{}'::text[] AS empty, ARRAY[true, false, NULL] AS flags"))
print(sql.query("SELECT ARRAY['2024-01-31'::date, '2024-02-29'] AS days"))
sql.query("UPDATE posts SET tags = array_append(tags, $1) WHERE id = $2", ["updated", 1])
print(sql.query("SELECT tags FROM posts WHERE id = 1"))
