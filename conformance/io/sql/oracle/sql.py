"""The `sql` module for CPython, on top of `psql`: the oracle the sql cases are recorded with.

conformance/io/sql/record runs each case under python3 with this directory first on sys.path,
so `import sql` is this file. It has the API of Pyex's `sql` module (core/src/stdlib/python/sql.py)
but shares none of its code: statements go through one `psql` process (the same database,
DATABASE_URL), results come back as psql's text output and are parsed here from PostgreSQL's
text formats (numeric, timestamps, intervals, arrays, bytea...), while Pyex decodes the binary
protocol in Rust. So a recorded row is what PostgreSQL itself printed, turned into Python values
by an independent path.

How a call maps onto psql:
- parameters: `PREPARE p(<declared types>) AS <statement>`, the server's inferred parameter types
  read from pg_prepared_statements, then `EXECUTE p(<text literals>) \\gdesc` (column names and
  types) and `EXECUTE p(...)` (rows, or :ROW_COUNT); the declared types are the ones Pyex's driver
  declares (int -> int8, float -> float8, bool, bytea, Decimal -> numeric, datetimes, uuid,
  interval; unknown for str, None, lists and JSON);
- no parameters: `<statement> \\gdesc`, then the statement; several `;`-separated statements are
  sent as one query string (psql's `\\;`), as Pyex's driver sends them;
- errors: psql's SQLSTATE and LAST_ERROR_MESSAGE variables;
- transaction(): BEGIN / SAVEPOINT, COMMIT / RELEASE, ROLLBACK / ROLLBACK TO, like the driver.
"""

import atexit
import datetime as _dt
import json as _json
import os
import re
import subprocess
from decimal import Decimal
from uuid import UUID

__all__ = ["query", "transaction", "Json", "Error", "DatabaseError", "ConnectionError"]

DEFAULT_TIMEOUT = 30.0
_NULL = "~PYEX~NULL~"
_END = "~PYEX~END~"


class Error(Exception):
    def __init__(self, message, sqlstate=None, detail=None, hint=None, severity=None):
        super().__init__(message)
        self.message = message
        self.sqlstate = sqlstate
        self.detail = detail
        self.hint = hint
        self.severity = severity

    @property
    def code(self):
        return self.sqlstate

    pgcode = code


class DatabaseError(Error):
    pass


class ConnectionError(Error):
    pass


class Json:
    __slots__ = ("obj",)

    def __init__(self, obj):
        self.obj = obj

    def __repr__(self):
        return f"Json({self.obj!r})"


class _Psql:
    """One psql process: commands in, unaligned NUL-separated output and status lines out."""

    def __init__(self):
        self.proc = subprocess.Popen(
            ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=0", os.environ["DATABASE_URL"]],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.buffer = b""
        self.names = 0
        self.depth = 0
        self.timeout = None
        self.command("\\pset format unaligned\n\\pset fieldsep_zero\n\\pset recordsep_zero\n"
                     f"\\pset footer off\n\\pset null {_NULL}\n\\pset pager off")
        atexit.register(self.close)

    def close(self):
        if self.proc.poll() is None:
            self.proc.stdin.close()
            self.proc.wait()

    def command(self, text):
        """Sends `text` (ending a statement) and returns (output, row_count, error or None)."""
        self.proc.stdin.write(
            f"{text}\n\\echo {_END} :ROW_COUNT :ERROR :SQLSTATE :LAST_ERROR_MESSAGE\n".encode())
        self.proc.stdin.flush()
        marker = _END.encode() + b" "
        while True:
            at = self.buffer.find(marker)
            if at >= 0:
                end = self.buffer.find(b"\n", at)
                if end >= 0:
                    break
            chunk = self.proc.stdout.read1(65536)
            if not chunk:
                raise ConnectionError("psql exited")
            self.buffer += chunk
        output, status = self.buffer[:at], self.buffer[at:end].decode()
        self.buffer = self.buffer[end + 1:]
        _, count, failed, sqlstate, message = status.split(" ", 4)
        error = None
        if failed == "true":
            cls = ConnectionError if sqlstate[:2] in ("08", "28") else DatabaseError
            error = cls(message, sqlstate)
        row_count = int(count) if count.isdigit() else 0
        return output.decode(), row_count, error

    def checked(self, text):
        output, count, error = self.command(text)
        if error is not None:
            raise error
        return output, count


_psql = None


def _session():
    global _psql
    if _psql is None:
        _psql = _Psql()
    return _psql


def _fields(output):
    return output.split("\0")[:-1]


def _split_statements(text):
    """The top-level `;` positions of `text` (outside quotes, dollar quotes and comments)."""
    positions, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if c == "'" or c == '"':
            escape = c == "'" and i > 0 and text[i - 1] in "eE"
            i += 1
            while i < n:
                if escape and text[i] == "\\":
                    i += 2
                    continue
                if text[i] == c:
                    if i + 1 < n and text[i + 1] == c:
                        i += 2
                        continue
                    break
                i += 1
        elif c == "$":
            m = re.match(r"\$([A-Za-z_][A-Za-z_0-9]*)?\$", text[i:])
            if m:
                close = text.find(m.group(0), i + len(m.group(0)))
                i = n if close < 0 else close + len(m.group(0)) - 1
        elif text.startswith("--", i):
            nl = text.find("\n", i)
            i = n if nl < 0 else nl
        elif text.startswith("/*", i):
            close = text.find("*/", i + 2)
            i = n if close < 0 else close + 1
        elif c == ";":
            positions.append(i)
        i += 1
    return positions


def _declared(value):
    """(declared type, text or None, list?) for a parameter value, as Pyex's driver declares it."""
    if value is None:
        return "unknown", None
    kind = type(value)
    if kind is bool:
        return "bool", "t" if value else "f"
    if kind is int:
        return ("int8" if -2**63 <= value < 2**63 else "numeric"), str(value)
    if kind is float:
        return "float8", _float_text(value)
    if kind is str:
        return "unknown", value
    if kind is bytes or kind is bytearray:
        return "bytea", "\\x" + bytes(value).hex()
    if isinstance(value, Decimal):
        return "numeric", str(value)
    if isinstance(value, _dt.datetime):
        return ("timestamptz" if value.utcoffset() is not None else "timestamp"), value.isoformat()
    if isinstance(value, _dt.date):
        return "date", value.isoformat()
    if isinstance(value, _dt.time):
        return ("timetz" if value.utcoffset() is not None else "time"), value.isoformat()
    if isinstance(value, _dt.timedelta):
        return "interval", f"{value.days} days {value.seconds} seconds {value.microseconds} microseconds"
    if isinstance(value, UUID):
        return "uuid", str(value)
    if isinstance(value, dict):
        return "unknown", _json.dumps(value)
    if isinstance(value, Json):
        return "unknown", _json.dumps(value.obj)
    if isinstance(value, (list, tuple)):
        return "unknown", list(value)
    raise TypeError(f"sql: cannot adapt a parameter of type '{type(value).__name__}'")


def _float_text(value):
    if value != value:
        return "NaN"
    if value in (float("inf"), float("-inf")):
        return "Infinity" if value > 0 else "-Infinity"
    return repr(value)


def _jsonable(value):
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, Json):
        return value.obj
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (_dt.date, _dt.time, UUID, _dt.timedelta)):
        return _declared(value)[1]
    return value


def _array_literal(items):
    parts = []
    for item in items:
        if item is None:
            parts.append("NULL")
        elif isinstance(item, (list, tuple)):
            parts.append(_array_literal(item))
        else:
            text = _declared(item)[1]
            parts.append('"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"')
    return "{" + ",".join(parts) + "}"


def _literal(value, param_type):
    text = _declared(value)[1]
    if text is None:
        return "NULL"
    if isinstance(text, list):
        if param_type in ("json", "jsonb"):
            text = _json.dumps(_jsonable(text))
        else:
            text = _array_literal(text)
    return "'" + text.replace("'", "''") + "'"


def _parse_array(text):
    """A PostgreSQL array literal as nested lists of element texts (None for NULL)."""
    pos = 0

    def parse():
        nonlocal pos
        assert text[pos] == "{"
        pos += 1
        items = []
        while text[pos] != "}":
            if text[pos] == "{":
                items.append(parse())
            elif text[pos] == '"':
                pos += 1
                out = []
                while text[pos] != '"':
                    if text[pos] == "\\":
                        pos += 1
                    out.append(text[pos])
                    pos += 1
                pos += 1
                items.append("".join(out))
            else:
                end = pos
                while text[end] not in ",}":
                    end += 1
                raw = text[pos:end]
                items.append(None if raw == "NULL" else raw)
                pos = end
            if text[pos] == ",":
                pos += 1
        pos += 1
        return items

    if text.startswith("["):  # explicit bounds: [0:1]={...}
        text = text[text.index("=") + 1:]
    return parse()


_INTERVAL = re.compile(r"(-?\d+) (year|mon|day)s?|([-+]?)(\d+):(\d\d):(\d\d(?:\.\d+)?)")


def _interval(text):
    days, seconds = 0, Decimal(0)
    for m in _INTERVAL.finditer(text):
        if m.group(2) == "year":
            days += 360 * int(m.group(1))
        elif m.group(2) == "mon":
            days += 30 * int(m.group(1))
        elif m.group(2) == "day":
            days += int(m.group(1))
        else:
            total = int(m.group(4)) * 3600 + int(m.group(5)) * 60 + Decimal(m.group(6))
            seconds += -total if m.group(3) == "-" else total
    whole = int(seconds // 1)
    micros = int((seconds - whole) * 1000000)
    return _dt.timedelta(days=days, seconds=whole, microseconds=micros)


def _convert(text, type_name):
    """A column value from psql's text output and the column's type name."""
    if text is None:
        return None
    if type_name.endswith("[]"):
        base = type_name[:-2]

        def convert_all(items):
            return [convert_all(i) if isinstance(i, list) else _convert(i, base) for i in items]

        return convert_all(_parse_array(text))
    base = re.sub(r"\(.*?\)", "", type_name)
    if base in ("integer", "bigint", "smallint", "oid"):
        return int(text)
    if base == "numeric":
        return Decimal(text)
    if base in ("real", "double precision"):
        return float(text)
    if base == "boolean":
        return text == "t"
    if base == "bytea":
        return bytes.fromhex(text[2:])
    if text in ("infinity", "-infinity") and base in ("date", "timestamp without time zone",
                                                     "timestamp with time zone"):
        return text
    if base == "date":
        return _dt.date.fromisoformat(text)
    if base == "timestamp without time zone":
        return _dt.datetime.fromisoformat(text)
    if base == "timestamp with time zone":
        return _dt.datetime.fromisoformat(text).astimezone(_dt.timezone.utc)
    if base in ("time without time zone", "time with time zone"):
        return _dt.time.fromisoformat(text)
    if base == "interval":
        return _interval(text)
    if base == "uuid":
        return UUID(text)
    if base in ("json", "jsonb"):
        return _json.loads(text)
    if base == "void":
        return None
    return text


def _set_timeout(psql, timeout):
    if type(timeout) not in (int, float) or not timeout > 0:
        raise ValueError(f"sql: timeout must be a positive number of seconds, not {timeout!r}")
    ms = -(-int(timeout * 1000000) // 1000)
    if psql.timeout != ms:
        psql.checked(f"SET statement_timeout = {ms};")
        psql.timeout = ms


def _rows(psql, describe, run):
    """Runs `run` after describing it with `describe`: rows as dicts, or the row count."""
    output, _ = psql.checked(describe)
    fields = _fields(output)
    if not fields:  # "The command has no result, or the result has no columns."
        return psql.checked(run)[1]
    columns = [(fields[i], fields[i + 1]) for i in range(2, len(fields), 2)]
    output, _ = psql.checked(run)
    values = _fields(output)[len(columns):]
    rows = []
    for start in range(0, len(values), len(columns)):
        row = {}
        for (name, type_name), text in zip(columns, values[start:start + len(columns)]):
            row[name] = _convert(None if text == _NULL else text, type_name)
        rows.append(row)
    return rows


def query(statement, params=None, *, timeout=None):
    if type(statement) is not str:
        raise TypeError(f"sql.query() statement must be str, not {type(statement).__name__}")
    if params is None:
        params = []
    elif not isinstance(params, (list, tuple)):
        raise TypeError(f"sql.query() params must be a list or tuple, not {type(params).__name__}")
    psql = _session()
    _set_timeout(psql, DEFAULT_TIMEOUT if timeout is None else timeout)
    body = statement.rstrip().rstrip(";").rstrip()
    if body.lstrip()[:8].upper().startswith(("ROLLBACK", "COMMIT", "END", "ABORT")):
        psql.timeout = None
    if not params:
        cuts = _split_statements(body)
        if cuts:
            # `\;` joins the statements into one query string: one implicit transaction.
            script = "".join("\\;" if i in cuts else ch for i, ch in enumerate(body))
            return psql.checked(script + ";")[1]
        return _rows(psql, body + " \\gdesc", body + ";")
    psql.names += 1
    name = f"pyex_oracle_{psql.names}"
    declared = ", ".join(_declared(p)[0] for p in params)
    psql.checked(f"PREPARE {name}({declared}) AS {body};")
    try:
        output, _ = psql.checked(
            f"SELECT parameter_types::text[] FROM pg_prepared_statements WHERE name = '{name}';")
        types = _parse_array(_fields(output)[1])
        args = ", ".join(_literal(p, t) for p, t in zip(params, types))
        return _rows(psql, f"EXECUTE {name}({args}) \\gdesc", f"EXECUTE {name}({args});")
    finally:
        psql.command(f"DEALLOCATE {name};")


def _control(action):
    psql = _session()
    depth = psql.depth
    if action == "begin":
        psql.checked("BEGIN;" if depth == 0 else f"SAVEPOINT pyex_savepoint_{depth};")
        psql.depth += 1
        return
    if depth == 0:
        raise RuntimeError(f"sql: {action} outside a transaction")
    name = f"pyex_savepoint_{depth - 1}"
    psql.depth -= 1
    psql.timeout = None
    if action == "commit":
        psql.checked("COMMIT;" if depth == 1 else f"RELEASE SAVEPOINT {name};")
    else:
        psql.checked("ROLLBACK;" if depth == 1 else
                     f"ROLLBACK TO SAVEPOINT {name};\nRELEASE SAVEPOINT {name};")


class _Transaction:
    __slots__ = ()

    def __enter__(self):
        _control("begin")
        return self

    def __exit__(self, kind, value, traceback):
        _control("commit" if kind is None else "rollback")
        return False


def transaction():
    return _Transaction()
