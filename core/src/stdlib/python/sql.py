"""Parameterized queries against the host's PostgreSQL database.

    import sql
    rows = sql.query("SELECT id, name FROM users WHERE id = $1", [42])
    # [{'id': 42, 'name': 'Alice'}]

The database is the one `DATABASE_URL` names in the environment the host
granted, and the host must grant the capability `sql` (without it every call
raises PermissionError). One connection serves the whole run.

- `query(statement, params=None, *, timeout=None)`: runs one statement with
  `$1`, `$2`... parameters. A statement that returns rows (SELECT, ...
  RETURNING) gives a list of dicts, keys in column order; any other gives the
  number of rows it affected. Several `;`-separated statements may run in one
  call when there are no parameters (the result is the last one's count).
- Values convert both ways: int, float, Decimal (numeric), str, bool, bytes
  (bytea), date/time/datetime (timestamp, timestamptz in UTC), timedelta
  (interval; a month counts 30 days), uuid.UUID, dict and list (json/jsonb;
  a list is an array unless the column is JSON), lists (arrays), None (NULL).
  `Json(value)` sends any value as JSON.
- `Error` (subclasses `DatabaseError`, `ConnectionError`): PostgreSQL's
  message, with `.sqlstate` (also `.code`), `.detail`, `.hint`, `.severity`.
- `with transaction():` commits at the end of the block, or rolls back if it
  raises (and re-raises); a nested block is a savepoint.
- `timeout` (seconds, default 30) is the statement timeout: past it the
  query is cancelled with SQLSTATE 57014.
"""

import _pyex_io
import datetime as _dt
import json as _json
from decimal import Decimal
from uuid import UUID

__all__ = ["query", "transaction", "Json", "Error", "DatabaseError", "ConnectionError"]

DEFAULT_TIMEOUT = 30.0


class Error(Exception):
    """A database error: PostgreSQL's message, SQLSTATE, detail and hint."""

    def __init__(self, message, sqlstate=None, detail=None, hint=None, severity=None):
        super().__init__(message)
        self.message = message
        self.sqlstate = sqlstate
        self.detail = detail
        self.hint = hint
        self.severity = severity

    @property
    def code(self):
        """The SQLSTATE (`None` for a client-side error)."""
        return self.sqlstate

    pgcode = code


class DatabaseError(Error):
    """The server refused or failed a statement."""


class ConnectionError(Error):
    """The database cannot be reached (or refused the credentials)."""


class Json:
    """Wraps a value to send it as JSON (dicts are sent as JSON already)."""

    __slots__ = ("obj",)

    def __init__(self, obj):
        self.obj = obj

    def __repr__(self):
        return f"Json({self.obj!r})"


def _raise(error):
    sqlstate = error["sqlstate"]
    if sqlstate is None or sqlstate[:2] in ("08", "28"):
        cls = ConnectionError
    else:
        cls = DatabaseError
    raise cls(error["message"], sqlstate, error["detail"], error["hint"], error["severity"]) from None


def _encode(value):
    kind = type(value)
    if value is None or kind is int or kind is str or kind is float or kind is bool or kind is bytes:
        return value
    if kind is list or kind is tuple:
        return [_encode(v) for v in value]
    if kind is dict:
        return ("json", _json.dumps(value))
    if isinstance(value, Decimal):
        return ("numeric", str(value))
    if isinstance(value, _dt.datetime):
        aware = value.utcoffset() is not None
        return ("timestamptz" if aware else "timestamp", value.isoformat())
    if isinstance(value, _dt.date):
        return ("date", value.isoformat())
    if isinstance(value, _dt.time):
        return ("timetz" if value.utcoffset() is not None else "time", value.isoformat())
    if isinstance(value, _dt.timedelta):
        return ("interval", f"{value.days} days {value.seconds} seconds {value.microseconds} microseconds")
    if isinstance(value, UUID):
        return ("uuid", str(value))
    if isinstance(value, Json):
        return ("json", _json.dumps(value.obj))
    if isinstance(value, bool):
        return bool(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, str):
        return str(value)
    if isinstance(value, (bytearray, memoryview)):
        return bytes(value)
    if isinstance(value, (list, tuple)):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return ("json", _json.dumps(value))
    raise TypeError(f"sql: cannot adapt a parameter of type '{type(value).__name__}'")


_UTC = _dt.timezone.utc


def _decode(value):
    if type(value) is list:
        return [_decode(v) for v in value]
    if type(value) is not tuple:
        return value
    tag = value[0]
    if tag == "numeric":
        return Decimal(value[1])
    if tag == "timestamptz":
        return _dt.datetime(*value[1:], tzinfo=_UTC)
    if tag == "timestamp":
        return _dt.datetime(*value[1:])
    if tag == "date":
        return _dt.date(*value[1:])
    if tag == "json":
        return _json.loads(value[1])
    if tag == "uuid":
        return UUID(hex=value[1])
    if tag == "interval":
        return _dt.timedelta(value[1], value[2], value[3])
    if tag == "time":
        return _dt.time(*value[1:])
    if tag == "timetz":
        offset = _dt.timezone(_dt.timedelta(seconds=value[5]))
        return _dt.time(value[1], value[2], value[3], value[4], tzinfo=offset)
    return value[1]


def _timeout(timeout):
    if timeout is None:
        return DEFAULT_TIMEOUT
    if type(timeout) not in (int, float) or not timeout > 0:
        raise ValueError(f"sql: timeout must be a positive number of seconds, not {timeout!r}")
    return float(timeout)


def query(statement, params=None, *, timeout=None):
    """Runs `statement` with `$n` parameters `params`: a list of row dicts,
    or the number of affected rows for a statement that returns no rows."""
    if type(statement) is not str:
        raise TypeError(f"sql.query() statement must be str, not {type(statement).__name__}")
    if params is None:
        encoded = []
    elif isinstance(params, (list, tuple)):
        encoded = [_encode(p) for p in params]
    else:
        raise TypeError(f"sql.query() params must be a list or tuple, not {type(params).__name__}")
    reply = _pyex_io.sql({"statement": statement, "params": encoded, "timeout": _timeout(timeout)})
    if "rows" not in reply:
        if "error" in reply:
            _raise(reply["error"])
        return reply["rowcount"]
    columns = reply["columns"]
    rows = reply["rows"]
    tagged = reply["tagged"]
    if tagged:
        for row in rows:
            for i in tagged:
                value = row[i]
                if value is not None:
                    row[i] = _decode(value)
    return [dict(zip(columns, row)) for row in rows]


def _control(action):
    reply = _pyex_io.sql({"transaction": action, "timeout": DEFAULT_TIMEOUT})
    if reply is not None:
        _raise(reply["error"])


class _Transaction:
    """The context manager `transaction()` returns."""

    __slots__ = ()

    def __enter__(self):
        _control("begin")
        return self

    def __exit__(self, kind, value, traceback):
        if kind is None:
            _control("commit")
        else:
            _control("rollback")
        return False


def transaction():
    """A block run in a transaction: committed at its end, rolled back (and
    the exception re-raised) if it raises. Nested blocks are savepoints."""
    return _Transaction()
