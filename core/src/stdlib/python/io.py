"""The io module: file classes and open() come from _io (Rust); StringIO and BytesIO are here."""

from _io import (DEFAULT_BUFFER_SIZE, SEEK_SET, SEEK_CUR, SEEK_END, UnsupportedOperation,
                 TextIOWrapper, BufferedReader, BufferedWriter, BufferedRandom, open)

__all__ = ["DEFAULT_BUFFER_SIZE", "SEEK_SET", "SEEK_CUR", "SEEK_END", "UnsupportedOperation",
           "TextIOWrapper", "BufferedReader", "BufferedWriter", "BufferedRandom", "open",
           "StringIO", "BytesIO"]


class _MemoryIO:
    _empty = ''
    _kind = 'str'

    def __init__(self, initial):
        self._buffer = initial
        self._pos = 0
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def getvalue(self):
        self._check()
        return self._buffer

    def write(self, s):
        self._check()
        if not isinstance(s, type(self._empty)):
            self._type_error(s)
        end = self._pos + len(s)
        if self._pos > len(self._buffer):
            self._buffer += self._pad * (self._pos - len(self._buffer))
        self._buffer = self._buffer[:self._pos] + s + self._buffer[end:]
        self._pos = end
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            size = len(self._buffer)
        result = self._buffer[self._pos:self._pos + size]
        self._pos += len(result)
        return result

    def readline(self, size=-1):
        self._check()
        end = self._buffer.find(self._newline, self._pos)
        end = len(self._buffer) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        result = self._buffer[self._pos:end]
        self._pos = end
        return result

    def readlines(self, hint=-1):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buffer) + pos)
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
        self._buffer = self._buffer[:size]
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


class StringIO(_MemoryIO):
    _empty = ''
    _pad = '\0'
    _newline = '\n'

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        super().__init__(initial_value)

    def _type_error(self, s):
        raise TypeError(f"string argument expected, got '{type(s).__name__}'")


class BytesIO(_MemoryIO):
    _empty = b''
    _pad = b'\0'
    _newline = b'\n'

    def __init__(self, initial_bytes=b''):
        super().__init__(bytes(initial_bytes))

    def _type_error(self, s):
        raise TypeError(f"a bytes-like object is required, not '{type(s).__name__}'")

    def getbuffer(self):
        return self._buffer
