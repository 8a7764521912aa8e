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
`traceback`); source that does not compile raises `PyexSyntaxError`; a time or
memory limit raises `PyexLimitError`.
"""

from ._pyex import (
    Ctx,
    Lambda,
    Opaque,
    Program,
    PyexError,
    PyexLimitError,
    PyexSyntaxError,
    Result,
    compile,
    run,
)

__all__ = [
    "Ctx",
    "Lambda",
    "Opaque",
    "Program",
    "PyexError",
    "PyexLimitError",
    "PyexSyntaxError",
    "Result",
    "compile",
    "run",
]
