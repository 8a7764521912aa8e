"""Object-oriented filesystem paths over the Ctx filesystem (POSIX flavour only)."""

import fnmatch
import glob as _glob
import io
import os
import posixpath

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]


def _parse(parts):
    drv_root = ''
    segments = []
    for part in parts:
        if isinstance(part, PurePath):
            part = str(part)
        elif not isinstance(part, str):
            part = os.fspath(part)
        if part.startswith('/'):
            drv_root = '//' if part.startswith('//') and not part.startswith('///') else '/'
            segments = []
        segments.extend(s for s in part.split('/') if s and s != '.')
    return drv_root, segments


class PurePath:
    def __new__(cls, *args):
        # `PurePath(...)` makes the concrete `PurePosixPath`, as in CPython.
        if cls is PurePath:
            cls = PurePosixPath
        return object.__new__(cls)

    def __init__(self, *args):
        self._root, self._parts = _parse(args)

    def __str__(self):
        text = self._root + '/'.join(self._parts)
        return text or '.'

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __repr__(self):
        return f"{type(self).__name__}({str(self)!r})"

    def __hash__(self):
        return hash(str(self))

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self) == str(other)

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts <= other.parts

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts > other.parts

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts >= other.parts

    def __truediv__(self, key):
        try:
            return type(self)(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def joinpath(self, *args):
        return type(self)(self, *args)

    @property
    def parts(self):
        return ((self._root,) if self._root else ()) + tuple(self._parts)

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def name(self):
        return self._parts[-1] if self._parts else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._parts:
            return self
        p = type(self)()
        p._root, p._parts = self._root, self._parts[:-1]
        return p

    @property
    def parents(self):
        result = []
        p = self
        while p._parts:
            p = p.parent
            result.append(p)
        return tuple(result)

    def is_absolute(self):
        return bool(self._root)

    def is_relative_to(self, other):
        try:
            self.relative_to(other)
            return True
        except ValueError:
            return False

    def relative_to(self, other):
        other = type(self)(other)
        n = len(other.parts)
        if self.parts[:n] != other.parts:
            raise ValueError(f"{str(self)!r} is not in the subpath of {str(other)!r} OR one path "
                             "is relative and the other is absolute.")
        p = type(self)()
        p._root, p._parts = '', list(self.parts[n:])
        return p

    def with_name(self, name):
        if not self.name:
            raise ValueError(f"{self!r} has an empty name")
        if not name or '/' in name or name == '.':
            raise ValueError(f"Invalid name {name!r}")
        return self.parent / name

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if suffix and (not suffix.startswith('.') or suffix == '.' or '/' in suffix):
            raise ValueError(f"Invalid suffix {suffix!r}")
        if not self.name:
            raise ValueError(f"{self!r} has an empty name")
        return self.with_name(self.stem + suffix)

    def match(self, pattern):
        pat_parts = [p for p in pattern.split('/') if p]
        if pattern.startswith('/'):
            if len(pat_parts) != len(self._parts) or not self._root:
                return False
        elif len(pat_parts) > len(self._parts):
            return False
        for part, pat in zip(reversed(self._parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True


class PurePosixPath(PurePath):
    pass


class Path(PurePath):
    def __new__(cls, *args):
        # As in CPython, `Path(...)` makes the concrete `PosixPath`.
        if cls is Path:
            cls = PosixPath
        return object.__new__(cls)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls('/home/user')

    def absolute(self):
        return self if self.is_absolute() else type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        return type(self)(posixpath.normpath(str(self.absolute())))

    def expanduser(self):
        return type(self)(posixpath.expanduser(str(self)))

    def stat(self):
        return os.stat(str(self))

    def exists(self):
        return os.path.exists(str(self))

    def is_file(self):
        return os.path.isfile(str(self))

    def is_dir(self):
        return os.path.isdir(str(self))

    def is_symlink(self):
        return False

    def samefile(self, other):
        return os.path.samefile(str(self), str(other))

    def iterdir(self):
        for name in os.listdir(str(self)):
            yield self / name

    def glob(self, pattern):
        base = str(self)
        for p in sorted(_glob.glob(os.path.join(base, pattern), recursive='**' in pattern)):
            yield type(self)(p)

    def rglob(self, pattern):
        return self.glob('**/' + pattern)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(str(self))
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def unlink(self, missing_ok=False):
        try:
            os.remove(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        os.rename(str(self), str(target))
        return type(self)(target)

    def replace(self, target):
        return self.rename(target)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(f"[Errno 17] File exists: {str(self)!r}")
            return
        with open(str(self), 'a'):
            pass

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return io.open(str(self), mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open(encoding=encoding) as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, newline=newline) as f:
            return f.write(data)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def write_bytes(self, data):
        with self.open(mode='wb') as f:
            return f.write(data)


class PosixPath(Path, PurePosixPath):
    """What `Path(...)` makes on POSIX."""
