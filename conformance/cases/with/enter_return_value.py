# The as-target is whatever __enter__ returns: self, another object, a tuple, or None.
class Connection:
    def __init__(self, dsn):
        self.dsn = dsn
        self.open = False

    def __enter__(self):
        self.open = True
        return Cursor(self)

    def __exit__(self, *exc):
        self.open = False


class Cursor:
    def __init__(self, conn):
        self.conn = conn

    def execute(self, sql):
        return f"[{self.conn.dsn}] {sql}"


class Pair:
    def __enter__(self):
        return ("left", "right")

    def __exit__(self, *exc):
        return None


class Nothing:
    def __enter__(self):
        pass

    def __exit__(self, *exc):
        pass


conn = Connection("sqlite://memory")
with conn as cur:
    print(type(cur).__name__, cur.execute("SELECT 1"), conn.open)
print(conn.open)
with Pair() as (a, b):
    print(a, b)
with Pair() as pair:
    print(pair)
with Nothing() as n:
    print(n)
holder = {}
with Pair() as holder["p"]:
    pass
print(holder)
with conn as cur:
    with conn as cur2:
        print(cur is cur2, cur.conn is cur2.conn)
try:
    with Nothing() as n:
        n.execute("x")
except AttributeError as exc:
    print("AttributeError:", exc)
