"""OS routines over the Ctx filesystem (the process itself is out of reach: no system(),
no real environment beyond what the host gives)."""

import sys
import posixpath as path
from posix import getcwd
import posix as _posix
import _pyex

sys.modules['os.path'] = path

name = 'posix'
sep = '/'
altsep = None
curdir = '.'
pardir = '..'
pathsep = ':'
extsep = '.'
linesep = '\n'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2

environ = _pyex.environ()
del _pyex
error = OSError


def _path(p):
    """`p` as the posix primitives take it: a PathLike gives its `__fspath__()`;
    anything else goes through unchanged, for the primitive's own TypeError."""
    if isinstance(p, str):
        return p
    method = getattr(type(p), '__fspath__', None)
    return p if method is None else method(p)


def listdir(path=None):
    return _posix.listdir('.' if path is None else _path(path))


def mkdir(path, mode=0o777, *, dir_fd=None):
    _posix.mkdir(_path(path))


def rmdir(path, *, dir_fd=None):
    _posix.rmdir(_path(path))


def remove(path, *, dir_fd=None):
    _posix.remove(_path(path))


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _posix.rename(_path(src), _path(dst))


unlink = remove
replace = rename


def getenv(key, default=None):
    return environ.get(key, default)


def getcwdb():
    return getcwd().encode()


def getpid():
    return 1


def cpu_count():
    return 1


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    method = getattr(type(p), '__fspath__', None)
    if method is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)
    return method(p)


class stat_result:
    def __init__(self, mode, size, mtime):
        self.st_mode = mode
        self.st_size = size
        self.st_mtime = mtime
        self.st_atime = mtime
        self.st_ctime = mtime
        self.st_ino = 0
        self.st_dev = 0
        self.st_nlink = 1
        self.st_uid = 0
        self.st_gid = 0

    def __repr__(self):
        return (f"os.stat_result(st_mode={self.st_mode}, st_ino=0, st_dev=0, st_nlink=1, "
                f"st_uid=0, st_gid=0, st_size={self.st_size}, st_atime={self.st_atime}, "
                f"st_mtime={self.st_mtime}, st_ctime={self.st_ctime})")


def stat(p):
    return stat_result(*_posix.stat(fspath(p)))


lstat = stat


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)


def walk(top, topdown=True, onerror=None, followlinks=False):
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for entry in names:
        (dirs if path.isdir(path.join(top, entry)) else nondirs).append(entry)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
    else:
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
        yield top, dirs, nondirs


class DirEntry:
    def __init__(self, dirpath, name):
        self.name = name
        self.path = path.join(dirpath, name)

    def is_dir(self, *, follow_symlinks=True):
        return path.isdir(self.path)

    def is_file(self, *, follow_symlinks=True):
        return path.isfile(self.path)

    def is_symlink(self):
        return False

    def stat(self, *, follow_symlinks=True):
        return stat(self.path)

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'


class _ScandirIterator:
    def __init__(self, entries):
        self._entries = entries

    def __iter__(self):
        return iter(self._entries)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        pass

    def close(self):
        pass


def scandir(p='.'):
    return _ScandirIterator([DirEntry(p, n) for n in listdir(p)])


def urandom(size):
    """Return a bytes object containing random bytes suitable for cryptographic use
    (from the host's entropy)."""
    import _pyex
    if not isinstance(size, int):
        raise TypeError(f"'{type(size).__name__}' object cannot be interpreted as an integer")
    if size < 0:
        raise ValueError("negative argument not allowed")
    out = bytearray()
    while len(out) < size:
        out += (_pyex.entropy() & 0xFFFFFFFFFFFFFF).to_bytes(7, 'little')
    return bytes(out[:size])
