# A recursive CTE over an org chart, with parameters choosing the root and the depth.
import sql

sql.query("DROP TABLE IF EXISTS staff")
sql.query("CREATE TABLE staff (id int PRIMARY KEY, name text, manager_id int REFERENCES staff(id), salary numeric)")
people = [(1, "Grace", None, 250000), (2, "Alan", 1, 180000), (3, "Ada", 1, 185000),
          (4, "Edsger", 2, 120000), (5, "Barbara", 2, 125000), (6, "Donald", 3, 130000), (7, "Ken", 6, 90000)]
for person in people:
    sql.query("INSERT INTO staff VALUES ($1, $2, $3, $4)", list(person))

TREE = """
    WITH RECURSIVE tree AS (
        SELECT id, name, manager_id, 0 AS depth, ARRAY[name] AS path FROM staff WHERE id = $1
        UNION ALL
        SELECT s.id, s.name, s.manager_id, t.depth + 1, t.path || s.name
        FROM staff s JOIN tree t ON s.manager_id = t.id WHERE t.depth < $2
    )
    SELECT name, depth, path FROM tree ORDER BY path"""
for row in sql.query(TREE, [1, 10]):
    print("  " * row["depth"] + row["name"], row["path"])
print(sql.query(TREE, [2, 1]))

payroll = sql.query("""
    WITH RECURSIVE under(id, root) AS (
        SELECT id, id FROM staff
        UNION ALL
        SELECT s.id, u.root FROM staff s JOIN under u ON s.manager_id = u.id
    )
    SELECT r.name, count(*) - 1 AS reports, sum(s.salary) AS cost
    FROM under u JOIN staff s ON s.id = u.id JOIN staff r ON r.id = u.root
    GROUP BY r.name HAVING count(*) > 1 ORDER BY cost DESC""")
for row in payroll:
    print(row)
