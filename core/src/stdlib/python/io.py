"""The io module: file classes and open() come from _io (Rust); StringIO and BytesIO are here."""

import abc as _abc
from _io import (DEFAULT_BUFFER_SIZE, SEEK_SET, SEEK_CUR, SEEK_END, UnsupportedOperation,
                 TextIOWrapper, BufferedReader, BufferedWriter, BufferedRandom, open)

__all__ = ["DEFAULT_BUFFER_SIZE", "SEEK_SET", "SEEK_CUR", "SEEK_END", "UnsupportedOperation",
           "TextIOWrapper", "BufferedReader", "BufferedWriter", "BufferedRandom", "open",
           "StringIO", "BytesIO", "IOBase", "RawIOBase", "BufferedIOBase",
           "TextIOBase"]


class IOBase(metaclass=_abc.ABCMeta):
    """The base of every stream class (CPython's io.IOBase): the memory streams subclass it;
    the _io file classes are registered below, so isinstance() answers as in CPython."""


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


TextIOBase.register(TextIOWrapper)
for _klass in (BufferedReader, BufferedWriter, BufferedRandom):
    BufferedIOBase.register(_klass)
del _klass


class _MemoryIO:
    """The shared part of StringIO and BytesIO: a buffer, a position and the pending tail of
    appends (joined on demand, so a run of writes at the end costs linear time)."""
    _empty = ''
    _kind = 'str'

    def __init__(self, initial):
        self._buffer = initial
        self._size = len(initial)
        self._tail = []
        self._pos = 0
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError(self._closed_message)

    def _value(self):
        if self._tail:
            self._buffer = self._empty.join([self._buffer] + self._tail)
            self._tail = []
        return self._buffer

    def getvalue(self):
        self._check()
        return self._value()

    def _write(self, s):
        if self._pos == self._size:
            self._tail.append(s)
            self._pos += len(s)
            self._size = self._pos
            return
        buffer = self._value()
        end = self._pos + len(s)
        if self._pos > len(buffer):
            buffer += self._pad * (self._pos - len(buffer))
        self._buffer = buffer[:self._pos] + s + buffer[end:]
        self._pos = end
        self._size = len(self._buffer)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        buffer = self._value()
        if size is None or size < 0:
            size = len(buffer)
        result = buffer[self._pos:self._pos + size]
        self._pos += len(result)
        return result

    def _line_end(self, buffer):
        end = buffer.find(self._newline, self._pos)
        return len(buffer) if end < 0 else end + len(self._newline)

    def readline(self, size=-1):
        self._check()
        if size is not None and not isinstance(size, int):
            raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
        buffer = self._value()
        end = self._line_end(buffer)
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        result = buffer[self._pos:end]
        self._pos = max(self._pos, end)
        return result

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                return lines

    def seek(self, pos, whence=0):
        self._check()
        if not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if whence == 0:
            if pos < 0:
                raise ValueError(self._negative_seek % pos)
            self._pos = pos
        elif whence == 1:
            self._seek_relative(pos, self._pos)
        elif whence == 2:
            self._seek_relative(pos, self._size)
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(self._negative_size % size)
        self._buffer = self._value()[:size]
        self._size = len(self._buffer)
        return size

    def close(self):
        self.closed = True

    def flush(self):
        self._check()

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()


class StringIO(_MemoryIO, TextIOBase):
    """An in-memory text stream, with CPython's newline translation (`newline=None`
    reads and writes universal newlines; `''` splits lines on any of them untranslated)."""
    _empty = ''
    _pad = '\0'
    _negative_seek = "Negative seek position %d"
    _closed_message = "I/O operation on closed file"
    _negative_size = "Negative size value %d"

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._newline_arg = newline
        self._newline = '\n' if newline in (None, '') else newline
        super().__init__('')
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    @property
    def newlines(self):
        return None

    @property
    def line_buffering(self):
        return False

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        length = len(s)
        if self._newline_arg is None:
            s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif self._newline_arg not in ('', '\n'):
            s = s.replace('\n', self._newline_arg)
        self._write(s)
        return length

    def _line_end(self, buffer):
        if self._newline_arg != '':
            return _MemoryIO._line_end(self, buffer)
        pos = self._pos
        n = len(buffer)
        while pos < n:
            c = buffer[pos]
            if c == '\n':
                return pos + 1
            if c == '\r':
                return pos + 2 if buffer[pos + 1:pos + 2] == '\n' else pos + 1
            pos += 1
        return n

    def _seek_relative(self, pos, base):
        if pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        self._pos = base


class BytesIO(_MemoryIO, BufferedIOBase):
    """An in-memory binary stream."""
    _empty = b''
    _pad = b'\0'
    _newline = b'\n'
    _negative_seek = "negative seek value %d"
    _closed_message = "I/O operation on closed file."
    _negative_size = "negative size value %d"

    def __init__(self, initial_bytes=b''):
        super().__init__(bytes(initial_bytes))

    def write(self, s):
        self._check()
        if isinstance(s, str) or not isinstance(s, (bytes, bytearray, memoryview)):
            raise TypeError(f"a bytes-like object is required, not '{type(s).__name__}'")
        s = bytes(s)
        self._write(s)
        return len(s)

    def _seek_relative(self, pos, base):
        self._pos = max(0, base + pos)

    def getbuffer(self):
        self._check()
        return memoryview(self._value())

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)
