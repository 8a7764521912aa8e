"""The S3 filesystem's side in Python (see core/src/fs/s3.rs for the design): `open()`
gives file objects whose content is fetched when opened and uploaded on flush()/close(),
and the `posix` primitives behind os/os.path/pathlib/shutil, each one or a few S3
requests made with `_request(operation, params)` (a native that pauses the run; paths
are placed under the host's bucket and prefix there, never here)."""

import io as _io

_FILE_MODE = 0o100644
_DIR_MODE = 0o40755
# The empty object `mkdir` leaves in a directory so that it exists while empty (a key
# ending in `/`, S3's own convention, is not a file name on every S3 server).
_MARKER = '.pyex-dir'


def _check(reply, path, missing=FileNotFoundError):
    """The reply's data, or the OSError CPython would raise for this failure."""
    transport = reply.get('transport')
    if transport is not None:
        raise OSError(5, f"Input/output error ({reply.get('message', transport)})", path)
    if 'error' in reply:
        error = reply['error']
        code = error.get('Code', '')
        if code in ('NoSuchKey', '404', 'NotFound'):
            raise missing(2, 'No such file or directory', path)
        if code in ('AccessDenied', '403'):
            raise PermissionError(13, 'Permission denied', path)
        raise OSError(5, f"Input/output error (S3 {code}: {error.get('Message', '')})", path)
    return reply


def _header(reply, name):
    for key, value in reply['headers']:
        if key == name:
            return value
    return None


# Answers meaning "no object at this key". A server that stores objects as files (s3s-fs)
# answers 500 for a key that is one of its directories, i.e. a directory of ours.
_MISSING = ('404', 'NoSuchKey', 'NotFound', '500', 'InternalError')


def _head(path):
    """(size, mtime) of the object at `path`, or None."""
    reply = _request('HeadObject', {'Key': path})
    if 'error' in reply and reply['error'].get('Code') in _MISSING:
        return None
    _check(reply, path)
    size = int(_header(reply, 'content-length') or 0)
    return size, _mtime(_header(reply, 'last-modified'))


_MONTHS = {m: i for i, m in enumerate(
    ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'], 1)}


def _mtime(text):
    """Seconds since the epoch of an HTTP date (`Fri, 27 Nov 2026 01:02:03 GMT`)."""
    if not text:
        return 0
    try:
        _, day, month, year, clock, _ = text.split()
        hour, minute, second = (int(x) for x in clock.split(':'))
        days = _days_from_civil(int(year), _MONTHS[month], int(day))
        return days * 86400 + hour * 3600 + minute * 60 + second
    except (ValueError, KeyError):
        return 0


def _days_from_civil(y, m, d):
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _list(path, delimiter='/', max_keys=None):
    """Keys and common prefixes under directory `path`, relative to it (all pages)."""
    names, dirs = [], []
    params = {'Prefix': path, 'Delimiter': delimiter}
    if max_keys is not None:
        params['MaxKeys'] = max_keys
    base = None
    while True:
        reply = _check(_request('ListObjectsV2', params), path)
        data = reply['data']
        if base is None:
            base = data.get('Prefix', '')
        for item in data.get('Contents', []):
            names.append(item['Key'][len(base):])
        for item in data.get('CommonPrefixes', []):
            dirs.append(item['Prefix'][len(base):].rstrip('/'))
        token = data.get('NextContinuationToken')
        if max_keys is not None or not data.get('IsTruncated') or not token:
            return names, dirs
        params = dict(params, ContinuationToken=token)


def _is_root(path):
    return all(part in ('', '.', '..') for part in str(path).split('/'))


def _kind(path):
    """0 missing, 1 file, 2 directory (as posix._kind)."""
    if not isinstance(path, str):
        return 0
    if _is_root(path):
        return 2
    if _head(path) is not None:
        return 1
    names, dirs = _list(path, max_keys=1)
    return 2 if names or dirs else 0


def stat(path):
    """`(mode, size, mtime)` as posix.stat."""
    if not _is_root(path):
        found = _head(path)
        if found is not None:
            return (_FILE_MODE, found[0], found[1])
    if _kind(path) == 2:
        return (_DIR_MODE, 0, 0)
    raise FileNotFoundError(2, 'No such file or directory', path)


def listdir(path='.'):
    names, dirs = _list(path)
    entries = sorted(set(n for n in names if n and n != _MARKER) | set(d for d in dirs if d))
    if not entries and not names and not _is_root(path):
        if _head(path) is not None:
            raise NotADirectoryError(20, 'Not a directory', path)
        raise FileNotFoundError(2, 'No such file or directory', path)
    return entries


def mkdir(path, mode=0o777):
    if _kind(path) != 0:
        raise FileExistsError(17, 'File exists', path)
    parent = path.rstrip('/').rpartition('/')[0]
    if parent and _kind(parent) != 2:
        raise FileNotFoundError(2, 'No such file or directory', path)
    _check(_request('PutObject', {'Key': path.rstrip('/') + '/' + _MARKER, 'Body': b''}), path)


def rmdir(path):
    names, dirs = _list(path, max_keys=2)
    if not names and not dirs:
        if _head(path) is not None:
            raise NotADirectoryError(20, 'Not a directory', path)
        raise FileNotFoundError(2, 'No such file or directory', path)
    if dirs or any(n != _MARKER for n in names):
        raise OSError(39, 'Directory not empty', path)
    _check(_request('DeleteObject', {'Key': path.rstrip('/') + '/' + _MARKER}), path)


def remove(path):
    if _head(path) is None:
        if _kind(path) == 2:
            raise IsADirectoryError(21, 'Is a directory', path)
        raise FileNotFoundError(2, 'No such file or directory', path)
    _check(_request('DeleteObject', {'Key': path}), path)


def rename(src, dst):
    if _head(src) is None:
        if _kind(src) != 2:
            raise FileNotFoundError(2, 'No such file or directory', src, None, dst)
        names, _ = _list(src, delimiter='')
        for name in names:
            _move(src.rstrip('/') + '/' + name, dst.rstrip('/') + '/' + name)
        return
    if _kind(dst) == 2:
        raise IsADirectoryError(21, 'Is a directory', src, None, dst)
    _move(src, dst)


def _move(src, dst):
    _check(_request('CopyObject', {'Key': dst, 'CopySource': src}), src)
    _check(_request('DeleteObject', {'Key': src}), src)


def _parse_mode(mode):
    if not isinstance(mode, str):
        raise TypeError(f"open() argument 'mode' must be str, not {type(mode).__name__}")
    kinds = [c for c in mode if c in 'rwax']
    if (len(kinds) != 1 or len(set(mode)) != len(mode)
            or any(c not in 'rwaxbt+' for c in mode) or ('b' in mode and 't' in mode)):
        raise ValueError(f'invalid mode: {mode!r}')
    return kinds[0], 'b' in mode, '+' in mode


class _S3FileMixin:
    """Where an S3 file's content goes back on flush/close."""

    def _setup(self, path, mode, kind, plus):
        self.name = path
        self.mode = mode
        self._path = path
        self._readable = kind == 'r' or plus
        self._writable = kind != 'r' or plus
        self._dirty = kind in ('w', 'x')
        self._append = kind == 'a'
        self._ready = True

    def readable(self):
        self._check_closed()
        return self._readable

    def writable(self):
        self._check_closed()
        return self._writable

    def seekable(self):
        self._check_closed()
        return True

    def _check_closed(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def _check_readable(self):
        self._check_closed()
        if not self._readable:
            raise _io.UnsupportedOperation('not readable')

    def _check_writable(self):
        self._check_closed()
        if not self._writable:
            raise _io.UnsupportedOperation('not writable')

    def flush(self):
        self._check_closed()
        if self._dirty:
            _check(_request('PutObject', {'Key': self._path, 'Body': self._encoded()}),
                   self._path)
            self._dirty = False

    def close(self):
        if not self.closed:
            try:
                self.flush()
            finally:
                super().close()

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def read(self, size=-1):
        self._check_readable()
        return super().read(size)

    def readline(self, size=-1):
        self._check_readable()
        return super().readline(size)

    def readlines(self, hint=-1):
        self._check_readable()
        return super().readlines(hint)

    def __next__(self):
        self._check_readable()
        return super().__next__()

    def writelines(self, lines):
        for line in lines:
            self.write(line)


class S3TextFile(_S3FileMixin, _io.StringIO):
    """A text file of the S3 filesystem (shown as `_io.TextIOWrapper`)."""

    _ready = False

    def __init__(self, path, mode, kind, plus, text, encoding, errors, newline):
        _io.StringIO.__init__(self, text, newline='\n')
        self.seek(0)
        self._setup(path, mode, kind, plus)
        self.encoding = encoding
        self.errors = errors
        self._newline_mode = newline
        if self._append:
            self.seek(0, 2)

    def __repr__(self):
        return f"<_io.TextIOWrapper name={self.name!r} mode={self.mode!r} encoding={self.encoding!r}>"

    def write(self, s):
        if not self._ready:
            return super().write(s)
        self._check_writable()
        if not isinstance(s, str):
            raise TypeError(f'write() argument must be str, not {type(s).__name__}')
        if self._append:
            self.seek(0, 2)
        self._dirty = True
        return super().write(s)

    def _encoded(self):
        text = self.getvalue()
        if self._newline_mode not in (None, "", "\n"):
            text = text.replace("\n", self._newline_mode)
        return text.encode(self.encoding, self.errors or 'strict')


class S3BinaryFile(_S3FileMixin, _io.BytesIO):
    """A binary file of the S3 filesystem (shown as `_io.BufferedReader`/`Writer`/`Random`)."""

    _ready = False

    def __init__(self, path, mode, kind, plus, data):
        _io.BytesIO.__init__(self, data)
        self.seek(0)
        self._setup(path, mode, kind, plus)
        if self._append:
            self.seek(0, 2)

    def __repr__(self):
        kind = 'BufferedRandom' if self._readable and self._writable else (
            'BufferedReader' if self._readable else 'BufferedWriter')
        return f'<_io.{kind} name={self.name!r}>'

    def write(self, b):
        if not self._ready:
            return super().write(b)
        self._check_writable()
        if isinstance(b, str):
            raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")
        if self._append:
            self.seek(0, 2)
        self._dirty = True
        return super().write(b)

    def _encoded(self):
        return self.getvalue()


def _fetch(path, kind, plus):
    """The current content of `path` for a file opened with mode `kind`."""
    if kind == 'w':
        return b''
    if kind == 'x':
        if _kind(path) != 0:
            raise FileExistsError(17, 'File exists', path)
        return b''
    reply = _request('GetObject', {'Key': path})
    if 'error' in reply and reply['error'].get('Code') in _MISSING:
        if _kind(path) == 2:
            raise IsADirectoryError(21, 'Is a directory', path)
        if reply['error'].get('Code') in ('500', 'InternalError'):
            _check(reply, path)
        if kind == 'a':
            return b''
        raise FileNotFoundError(2, 'No such file or directory', path)
    return _check(reply, path)['data']['Body']


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None):
    """`open()` on the S3 filesystem."""
    if hasattr(file, '__fspath__'):
        file = file.__fspath__()
    if not isinstance(file, str):
        raise TypeError(f'expected str, bytes or os.PathLike object, not {type(file).__name__}')
    kind, binary, plus = _parse_mode(mode)
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if newline not in (None, '', '\n', '\r', '\r\n'):
        raise ValueError(f'illegal newline value: {newline}')
    if _is_root(file):
        raise IsADirectoryError(21, 'Is a directory', file)
    data = _fetch(file, kind, plus)
    if binary:
        return S3BinaryFile(file, mode, kind, plus, data)
    encoding = encoding or 'UTF-8'
    text = data.decode(encoding, errors or 'strict')
    if newline is None:
        text = text.replace('\r\n', '\n').replace('\r', '\n')
    return S3TextFile(file, mode, kind, plus, text, encoding, errors, newline)
