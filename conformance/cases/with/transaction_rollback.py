# A transaction context manager: commit on success, roll back on error, and re-raise.
class Database:
    def __init__(self):
        self.rows = {}
        self.log = []

    def transaction(self):
        return Transaction(self)


class Transaction:
    def __init__(self, db):
        self.db = db

    def __enter__(self):
        self.snapshot = dict(self.db.rows)
        self.db.log.append("BEGIN")
        return self.db

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.db.log.append("COMMIT")
        else:
            self.db.rows = self.snapshot
            self.db.log.append(f"ROLLBACK ({exc_type.__name__})")
        return False


db = Database()
with db.transaction() as t:
    t.rows["alice"] = 100
    t.rows["bob"] = 50
print(db.rows)


def transfer(db, src, dst, amount):
    with db.transaction() as t:
        t.rows[src] -= amount
        if t.rows[src] < 0:
            raise ValueError(f"{src} would be overdrawn by {-t.rows[src]}")
        t.rows[dst] = t.rows.get(dst, 0) + amount


transfer(db, "alice", "bob", 30)
print(db.rows)
try:
    transfer(db, "bob", "carol", 500)
except ValueError as e:
    print("ValueError:", e)
print(db.rows, db.log)
transfer(db, "dave", "alice", 1)
