"""The `sql` module through the Python binding, against the PostgreSQL of DATABASE_URL
(`make test` starts one with scripts/services/postgres.sh). Without DATABASE_URL the
tests are skipped, unless PYEX_REQUIRE_SERVICES is set (CI), where that fails."""

import os

import pytest

import pyex

URL = os.environ.get("DATABASE_URL")
if URL is None and os.environ.get("PYEX_REQUIRE_SERVICES"):
    raise RuntimeError("DATABASE_URL is not set: run under scripts/services/postgres.sh")
pytestmark = pytest.mark.skipif(URL is None, reason="no DATABASE_URL (scripts/services/postgres.sh)")

SETUP = """
import sql
sql.query("DROP TABLE IF EXISTS py_notes; CREATE TABLE py_notes (id serial PRIMARY KEY, body text, price numeric(8, 2))")
"""


def run(source):
    return pyex.run(source, capabilities=["sql"], env={"DATABASE_URL": URL})


def test_query_returns_typed_rows_and_counts():
    source = SETUP + """
from decimal import Decimal
n = sql.query("INSERT INTO py_notes (body, price) VALUES ($1, $2), ($3, $4)", ["a", Decimal("1.50"), "b", None])
rows = sql.query("SELECT id, body, price FROM py_notes ORDER BY id")
(n, [(r["id"], r["body"], repr(r["price"])) for r in rows])
"""
    count, rows = run(source).value
    assert count == 2
    assert rows == [(1, "a", "Decimal('1.50')"), (2, "b", "None")]


def test_errors_and_transactions_inside_the_program():
    source = SETUP + """
out = []
try:
    sql.query("SELECT * FROM no_such_table")
except sql.Error as e:
    out.append((e.sqlstate, str(e)))
try:
    with sql.transaction():
        sql.query("INSERT INTO py_notes (body) VALUES ('kept?')")
        raise KeyError("undo")
except KeyError:
    pass
out.append(sql.query("SELECT count(*) AS n FROM py_notes")[0]["n"])
out
"""
    assert run(source).value == [("42P01", 'relation "no_such_table" does not exist'), 0]


def test_without_the_capability_nothing_is_sent():
    source = "import sql\ntry:\n    sql.query('SELECT 1')\nexcept PermissionError as e:\n    r = str(e)\nr"
    assert pyex.run(source, env={"DATABASE_URL": URL}).value == 'capability "sql" is not granted'


def test_one_row_query_matches_python():
    result = run("import sql\nsql.query('SELECT $1::int + 1 AS n, $2 AS s', [41, 'x'])")
    assert result.value == [{"n": 42, "s": "x"}]
