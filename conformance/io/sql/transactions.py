# Transactions: commit, rollback on exception (re-raised), nested blocks as savepoints.
import sql
from decimal import Decimal

sql.query("DROP TABLE IF EXISTS accounts")
sql.query("CREATE TABLE accounts (name text PRIMARY KEY, balance numeric(12, 2) NOT NULL CHECK (balance >= 0))")
sql.query("INSERT INTO accounts VALUES ('alice', 100), ('bob', 50)")


def balances():
    return {r["name"]: r["balance"] for r in sql.query("SELECT * FROM accounts ORDER BY name")}


def transfer(source, target, amount):
    with sql.transaction():
        sql.query("UPDATE accounts SET balance = balance + $1 WHERE name = $2", [amount, target])
        sql.query("UPDATE accounts SET balance = balance - $1 WHERE name = $2", [amount, source])


transfer("alice", "bob", Decimal("30.50"))
print("after transfer:", balances())

try:
    transfer("bob", "alice", Decimal("500"))
except sql.Error as e:
    print("refused:", e.sqlstate, e)
print("unchanged:", balances())


class Abort(Exception):
    pass


try:
    with sql.transaction():
        sql.query("INSERT INTO accounts VALUES ($1, $2)", ["carol", Decimal("10")])
        print("inside:", balances())
        raise Abort("changed my mind")
except Abort as e:
    print("aborted:", e)
print("carol gone:", "carol" not in balances())

with sql.transaction():
    sql.query("INSERT INTO accounts VALUES ('dave', 5)")
    try:
        with sql.transaction():
            sql.query("INSERT INTO accounts VALUES ('erin', 7)")
            sql.query("INSERT INTO accounts VALUES ('dave', 1)")
    except sql.Error as e:
        print("inner rolled back:", e.sqlstate)
    sql.query("UPDATE accounts SET balance = balance + 1 WHERE name = 'dave'")
print("outer kept:", balances())

# A failed statement aborts the transaction until it ends.
try:
    with sql.transaction():
        try:
            sql.query("SELECT 1 / 0")
        except sql.Error as e:
            print("first:", e.sqlstate)
        sql.query("SELECT 1")
except sql.Error as e:
    print("then:", e.sqlstate, e)

sql.query("BEGIN")
sql.query("DELETE FROM accounts")
sql.query("ROLLBACK")
print("manual rollback:", len(balances()), "accounts")
