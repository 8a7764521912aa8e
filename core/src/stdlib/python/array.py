"""Efficient arrays of numeric values (basics of CPython's C module array).

Pyex: an array keeps its items in a list, checked and converted on the way in
as the typecode says; the byte forms go through struct.
"""

import struct as _struct

__all__ = ['array', 'typecodes', 'ArrayType']

typecodes = 'bBuhHiIlLqQfd'

_SIZES = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
          'q': 8, 'Q': 8, 'f': 4, 'd': 8}
_SIGNED = 'bhilq'


class array:
    """array(typecode [, initializer]) -> array"""

    __module__ = 'array'

    def __init__(self, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s"
                            % type(typecode).__name__)
        if typecode not in _SIZES:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self.typecode = typecode
        self.itemsize = _SIZES[typecode]
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError("cannot use a str to initialize an array with typecode '%s'"
                                % typecode)
            self._items = list(initializer)
        else:
            self.extend(initializer)

    def _check(self, v):
        tc = self.typecode
        if tc == 'u':
            if not isinstance(v, str) or len(v) != 1:
                raise TypeError("array item must be unicode character")
            return v
        if tc in 'fd':
            if not isinstance(v, (int, float)):
                raise TypeError("must be real number, not %s" % type(v).__name__)
            v = float(v)
            if tc == 'f':
                v = _struct.unpack('f', _struct.pack('f', v))[0]
            return v
        if not isinstance(v, int):
            if isinstance(v, float):
                raise TypeError("'float' object cannot be interpreted as an integer")
            raise TypeError("an integer is required (got type %s)" % type(v).__name__)
        bits = 8 * self.itemsize
        if tc in _SIGNED:
            lo, hi = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
        else:
            lo, hi = 0, (1 << bits) - 1
        if not lo <= v <= hi:
            if tc == 'b':
                raise OverflowError("signed char is greater than maximum" if v > hi
                                    else "signed char is less than minimum")
            if tc == 'B':
                raise OverflowError("unsigned byte integer is greater than maximum" if v > hi
                                    else "unsigned byte integer is less than minimum")
            if tc == 'h':
                raise OverflowError("signed short integer is greater than maximum" if v > hi
                                    else "signed short integer is less than minimum")
            if tc == 'H':
                raise OverflowError("unsigned short is greater than maximum" if v > hi
                                    else "unsigned short is less than minimum")
            if tc in 'IL' and v < 0:
                raise OverflowError("unsigned int is less than minimum" if tc == 'I'
                                    else "can't convert negative value to unsigned int")
            raise OverflowError("Python int too large to convert to C long")
        return v

    def append(self, v):
        self._items.append(self._check(v))

    def extend(self, iterable):
        if isinstance(iterable, array) and iterable.typecode != self.typecode:
            raise TypeError("can only extend with array of same kind")
        self._items.extend([self._check(v) for v in iterable])

    def insert(self, i, v):
        self._items.insert(i, self._check(v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, v):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, v, start=0, stop=None):
        try:
            return self._items.index(v, start, len(self._items) if stop is None else stop)
        except ValueError:
            raise ValueError("array.index(x): x not in array") from None

    def count(self, v):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError("arg must be list")
        self.extend(items)

    def tobytes(self):
        if self.typecode == 'u':
            return ''.join(self._items).encode('utf-32-le')
        return _struct.pack('<%d%s' % (len(self._items), self._fmt()), *self._items)

    def frombytes(self, data):
        data = bytes(data)
        if len(data) % self.itemsize:
            raise ValueError("bytes length not a multiple of item size")
        if self.typecode == 'u':
            self._items.extend(data.decode('utf-32-le'))
            return
        n = len(data) // self.itemsize
        self._items.extend(_struct.unpack('<%d%s' % (n, self._fmt()), data))

    def _fmt(self):
        return {'l': 'q', 'L': 'Q'}.get(self.typecode, self.typecode)

    def tounicode(self):
        if self.typecode != 'u':
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return ''.join(self._items)

    def fromunicode(self, s):
        if self.typecode != 'u':
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._items.extend(s)

    def buffer_info(self):
        return (id(self), len(self._items))

    def byteswap(self):
        if self.itemsize == 1:
            return
        data = self.tobytes()
        size = self.itemsize
        swapped = b''.join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            out = array(self.typecode)
            out._items = self._items[i]
            return out
        try:
            return self._items[i]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError("can only assign array (not \"%s\") to array slice"
                                % type(v).__name__)
            self._items[i] = v._items
            return
        try:
            self._items[i] = self._check(v)
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, i):
        del self._items[i]

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other.typecode != self.typecode:
            raise TypeError("bad argument type for built-in operation")
        out = array(self.typecode)
        out._items = self._items + other._items
        return out

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        out = array(self.typecode)
        out._items = self._items * n
        return out

    __rmul__ = __mul__

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items >= other._items

    __hash__ = None

    def __copy__(self):
        return self[:]

    def __deepcopy__(self, memo):
        return self[:]

    def __reduce__(self):
        return array, (self.typecode, self.tolist())

    def __repr__(self):
        if not self._items:
            return "array('%s')" % self.typecode
        if self.typecode == 'u':
            return "array('u', %r)" % ''.join(self._items)
        return "array('%s', %r)" % (self.typecode, self._items)


ArrayType = array
