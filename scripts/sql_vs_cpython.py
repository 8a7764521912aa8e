#!/usr/bin/env python3
"""One-row `sql.query` under Pyex next to CPython + psycopg, against the same PostgreSQL, in one run.

Usage: scripts/services/postgres.sh run -- python3 scripts/sql_vs_cpython.py [--n N]

Each side runs the same loop inside its own interpreter, with one connection reused:
    SELECT id, name, balance FROM bench_users WHERE id = $1      (one row, int/text/numeric)
and reports the mean time per query after a warm-up (so connecting is not counted; the first
query, connect included, is reported apart). Sides:
- CPython 3.11 + psycopg 3 (scripts/sql-venv; dict rows, like `sql.query`);
- Pyex through the CLI (release build): the loop runs in Pyex, each query pauses the run and the CLI
  performs it with the Rust driver (core/src/io/sql.rs);
- Pyex through the Python binding (`pyex.run(..., capabilities=["sql"], env=...)`), when built;
- Pyex through the Elixir NIF (elixir/bench/sql_bench.exs), when mix is available.
"""

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = Path(os.environ.get("PYEX_SQL_VENV", "/work/.cache/sql-venv"))
TARGET = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))

SETUP = ("DROP TABLE IF EXISTS bench_users; "
         "CREATE TABLE bench_users (id int PRIMARY KEY, name text, balance numeric(10, 2)); "
         "INSERT INTO bench_users SELECT g, 'user' || g, g * 1.5 FROM generate_series(1, 1000) g")

PYEX_LOOP = """
import sql, time
t0 = time.perf_counter()
first = sql.query("SELECT id, name, balance FROM bench_users WHERE id = $1", [1])
t1 = time.perf_counter()
for i in range(200):
    sql.query("SELECT id, name, balance FROM bench_users WHERE id = $1", [i % 1000 + 1])
N = {n}
t2 = time.perf_counter()
for i in range(N):
    rows = sql.query("SELECT id, name, balance FROM bench_users WHERE id = $1", [i % 1000 + 1])
t3 = time.perf_counter()
assert len(rows) == 1 and rows[0]["name"] == "user" + str(rows[0]["id"])
print(f"{{(t1 - t0) * 1e3:.2f}} {{(t3 - t2) / N * 1e6:.1f}}")
"""

PSYCOPG_LOOP = """
import os, time, psycopg
from psycopg.rows import dict_row
t0 = time.perf_counter()
conn = psycopg.connect(os.environ["DATABASE_URL"], autocommit=True, row_factory=dict_row)
first = conn.execute("SELECT id, name, balance FROM bench_users WHERE id = %s", [1]).fetchall()
t1 = time.perf_counter()
for i in range(200):
    conn.execute("SELECT id, name, balance FROM bench_users WHERE id = %s", [i % 1000 + 1]).fetchall()
N = {n}
t2 = time.perf_counter()
for i in range(N):
    rows = conn.execute("SELECT id, name, balance FROM bench_users WHERE id = %s", [i % 1000 + 1]).fetchall()
t3 = time.perf_counter()
assert len(rows) == 1
print(f"{{(t1 - t0) * 1e3:.2f}} {{(t3 - t2) / N * 1e6:.1f}}")
"""

BINDING = """
import os, sys
sys.path.insert(0, {python_dir!r})
import pyex
r = pyex.run({source!r}, capabilities=["sql"], env={{"DATABASE_URL": os.environ["DATABASE_URL"]}})
print(r.stdout, end="")
"""


def side(name, command, **kw):
    proc = subprocess.run(command, capture_output=True, text=True, **kw)
    if proc.returncode != 0:
        print(f"{name:<34} failed: {proc.stderr.strip().splitlines()[-1:] or proc.returncode}")
        return
    first_ms, per_query_us = proc.stdout.split()
    print(f"{name:<34} {per_query_us:>8} us/query   first query (connect included) {first_ms} ms")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000)
    args = parser.parse_args()
    subprocess.run(["psql", "-X", "-q", os.environ["DATABASE_URL"], "-c", SETUP], check=True)
    print(f"one-row query, mean of {args.n} after a warm-up (PostgreSQL on 127.0.0.1)")
    python = VENV / "bin" / "python"
    if python.exists():
        side("CPython 3.11 + psycopg 3", [str(python), "-c", PSYCOPG_LOOP.format(n=args.n)])
    else:
        print(f"CPython + psycopg: skipped (run scripts/sql-venv to create {VENV})")
    source = PYEX_LOOP.format(n=args.n)
    cli = TARGET / "release" / "pyex"
    if cli.exists():
        script = Path("/tmp/pyex_sql_bench.py")
        script.write_text(source)
        side("Pyex CLI (release)", [str(cli), "--capability", "sql", "--env",
                                     f"DATABASE_URL={os.environ['DATABASE_URL']}", str(script)])
    binding = list((ROOT / "python" / "pyex").glob("_pyex*.so"))
    if binding:
        side("Pyex Python binding", [sys.executable, "-c",
                                     BINDING.format(python_dir=str(ROOT / "python"), source=source)])
    bench = ROOT / "elixir" / "bench" / "sql_bench.exs"
    if bench.exists() and subprocess.run(["which", "mix"], capture_output=True).returncode == 0:
        side("Pyex Elixir NIF", ["mix", "run", str(bench), str(args.n)], cwd=ROOT / "elixir",
             env={**os.environ, "MIX_ENV": "prod"})


if __name__ == "__main__":
    main()
