"""Type stubs for the pyex extension module."""

from typing import Any, Callable, Mapping, Optional, Sequence, Union

HostModules = Mapping[str, Mapping[str, Callable[..., Any]]]
Files = Mapping[str, Union[str, bytes]]
Limits = Mapping[str, float]
NetworkGrant = Mapping[str, Any]  # {"allowed_url_prefix": str, "methods": [str], "headers": {str: str}}
# {"bucket": str, "prefix": str, "endpoint_url": str, "region": str, "access_key_id": str,
#  "secret_access_key": str}: only "bucket" is required
S3Options = Mapping[str, str]

class PyexError(Exception):
    """A Python exception ended a pyex run."""

    type_name: str
    message: str
    traceback: str
    exit_code: int

class PyexSyntaxError(PyexError):
    """The source did not compile."""

class PyexLimitError(PyexError):
    """A limit ended the run; `limit` names it ("time", "steps", "memory",
    "recursion", "output", "open_files", "fs_bytes")."""

    limit: str

class PyexSnapshotError(PyexError):
    """Bytes given to `Ctx.restore` are not a valid snapshot."""

Profile = dict[str, dict[Any, int]]

class Opaque:
    """A value with no plain-data form; only its repr leaves the sandbox."""

    repr: str

class Program:
    """A compiled program, reusable in many contexts and picklable."""

    filename: str
    source: str
    def to_bytes(self) -> bytes: ...
    @staticmethod
    def from_bytes(data: bytes) -> "Program": ...

class Ctx:
    """An interpreter context: globals, files and output persist between runs."""

    stdout: str
    stderr: str
    def __init__(
        self,
        *,
        modules: Optional[HostModules] = None,
        files: Optional[Files] = None,
        timeout: Optional[float] = None,
        limits: Optional[Limits] = None,
        stdin: Optional[str] = None,
        argv: Optional[Sequence[str]] = None,
        profile: bool = False,
        root: Optional[str] = None,
        network: Optional[Sequence[NetworkGrant]] = None,
        capabilities: Optional[Sequence[str]] = None,
        env: Optional[Mapping[str, str]] = None,
        s3: Optional[S3Options] = None,
    ) -> None: ...
    def set_grants(
        self,
        *,
        network: Optional[Sequence[NetworkGrant]] = None,
        capabilities: Optional[Sequence[str]] = None,
        env: Optional[Mapping[str, str]] = None,
    ) -> None: ...
    def run(self, program: Union[str, Program]) -> Any: ...
    def take_stdout(self) -> str: ...
    def files(self) -> dict[str, bytes]: ...
    def snapshot(self) -> bytes: ...
    @staticmethod
    def restore(snapshot: bytes, *, modules: Optional[HostModules] = None) -> "Ctx": ...
    def collect_garbage(self) -> int: ...
    def profile(self) -> Optional[Profile]: ...
    def limit_exceeded(self) -> Optional[str]: ...

class Result:
    """What `run` returns."""

    value: Any
    stdout: str
    stderr: str
    ctx: Ctx
    profile: Optional[Profile]

def run(
    source: Union[str, Program],
    *,
    modules: Optional[HostModules] = None,
    files: Optional[Files] = None,
    timeout: Optional[float] = None,
    limits: Optional[Limits] = None,
    stdin: Optional[str] = None,
    argv: Optional[Sequence[str]] = None,
    profile: bool = False,
    root: Optional[str] = None,
    network: Optional[Sequence[NetworkGrant]] = None,
    capabilities: Optional[Sequence[str]] = None,
    env: Optional[Mapping[str, str]] = None,
    s3: Optional[S3Options] = None,
) -> Result: ...
def compile(source: str, filename: str = "main.py") -> Program: ...
