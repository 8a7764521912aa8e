"""CPython side of `pyex-fuzz --target diff`: runs programs sent on stdin.

Protocol (bytes): the harness writes `<length>\\n<utf-8 source>`; the driver
runs the source as `__main__` in a fresh namespace with stdout captured and a
time limit, and answers `<status>\\n<length>\\n<utf-8 stdout>` where status
is `ok`, `timeout` or `error <last traceback line>`.
"""

import io
import signal
import sys
import traceback
import types


class Timeout(BaseException):
    pass


def _alarm(signum, frame):
    raise Timeout()


def run(source):
    out = io.StringIO()
    saved = sys.stdout
    main = types.ModuleType("__main__")
    main.__builtins__ = __builtins__
    status = "ok"
    sys.stdout = out
    signal.setitimer(signal.ITIMER_REAL, 5.0)
    try:
        code = compile(source, "main.py", "exec")
        exec(code, main.__dict__)
    except Timeout:
        status = "timeout"
    except BaseException as e:  # noqa: BLE001 (anything the program raised)
        lines = traceback.format_exception_only(type(e), e)
        status = "error " + (lines[-1].strip().replace("\n", " ") if lines else type(e).__name__)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        sys.stdout = saved
    return status, out.getvalue()


def main():
    signal.signal(signal.SIGALRM, _alarm)
    sys.setrecursionlimit(1000 + 20)
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    while True:
        header = stdin.readline()
        if not header:
            return
        source = stdin.read(int(header)).decode("utf-8")
        status, text = run(source)
        data = text.encode("utf-8", "surrogatepass")
        stdout.write(status.encode("utf-8", "replace") + b"\n" + str(len(data)).encode() + b"\n" + data)
        stdout.flush()


if __name__ == "__main__":
    main()
