"""pyex: a Python 3 interpreter written in Rust, for running programs a model wrote.

    >>> import pyex
    >>> pyex.run("print('hi')\\n6 * 7").value
    42

`run` compiles and runs source text in a fresh context and returns a `Result`
(value, stdout, stderr, ctx). `compile` makes a reusable, picklable `Program`.
`Ctx` keeps globals, files and output between runs and can be snapshotted to
bytes and restored. Host modules are plain Python callables:

    >>> saved = []
    >>> def save(record):
    ...     saved.append(record)
    ...     return len(saved)
    >>> pyex.run("import db\\ndb.save({'id': 1})", modules={"db": {"save": save}}).value
    1

An uncaught exception raises `PyexError` (with `type_name`, `message` and
`traceback`); source that does not compile raises `PyexSyntaxError`; a limit
(`timeout=`, `limits={"time", "memory", "recursion", "steps", "output",
"open_files", "fs_bytes"}`) raises `PyexLimitError`, whose `limit` names it;
`Ctx.restore` of bytes that are not a valid snapshot raises `PyexSnapshotError`.

A host function that is an `async def` (or marked with `pyex.awaitable`) is
awaitable in the program: `await asyncio.gather(*[api.fetch(u) for u in urls])`
pauses the run once with every call, and the binding performs them
concurrently (one asyncio loop, worker threads for plain callables).

`profile=True` records line counts, call counts and call times
(`Result.profile`, `Ctx.profile()`); `files={path: content}` seeds an
in-memory filesystem, `root="/some/dir"` shows a host directory instead
(every path confined to it), `s3={"bucket": "app-data", "prefix": "tenants/42/"}`
an S3 bucket under a key prefix (`open()` reads and writes objects through I/O
pauses; the endpoint and keys come from `env=`'s `AWS_*` or the dict's
`endpoint_url`, `region`, `access_key_id`, `secret_access_key`).

    >>> r = pyex.run("def f(n):\n    return n\n[f(i) for i in range(3)]", profile=True)
    >>> r.profile["call_counts"]["f"]
    3
"""

from ._pyex import (
    Ctx,
    Lambda,
    Opaque,
    Program,
    PyexError,
    PyexLimitError,
    PyexSnapshotError,
    PyexSyntaxError,
    Result,
    compile,
    run,
)
from ._host import awaitable

__all__ = [
    "awaitable",
    "Ctx",
    "Lambda",
    "Opaque",
    "Program",
    "PyexError",
    "PyexLimitError",
    "PyexSnapshotError",
    "PyexSyntaxError",
    "Result",
    "compile",
    "run",
]
