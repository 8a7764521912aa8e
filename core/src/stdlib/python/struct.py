"""Functions to convert between Python values and C structs (CPython's C
module _struct, in Python).

Pyex: floats are converted through float.hex()/float.fromhex() (exact), half
and single precision rounded to nearest-even by integer arithmetic.
"""

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack',
           'Struct', 'error']


class error(Exception):
    pass


error.__module__ = 'struct'

# code: (size, alignment) in native mode; standard sizes below.
_NATIVE = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
           'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'n': 8, 'N': 8, 'e': 2, 'f': 4, 'd': 8,
           's': 1, 'p': 1, 'P': 8}
_STANDARD = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
             'l': 4, 'L': 4, 'q': 8, 'Q': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1}
_SIGNED = 'bhilqn'
_INTS = 'bBhHiIlLqQnNP'


def _parse(fmt):
    """(byte order, native?, [(code, count)], size)."""
    if isinstance(fmt, bytes):
        fmt = fmt.decode('ascii')
    if not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not %s"
                        % type(fmt).__name__)
    order, native = 'little', True
    i = 0
    if fmt[:1] in ('@', '=', '<', '>', '!'):
        c = fmt[0]
        native = c == '@'
        order = 'big' if c in '>!' else 'little'
        i = 1
    table = _NATIVE if native else _STANDARD
    items = []
    size = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = None
        if c.isdigit():
            j = i
            while j < n and fmt[j].isdigit():
                j += 1
            count = int(fmt[i:j])
            i = j
            if i >= n:
                raise error('repeat count given without format specifier')
            c = fmt[i]
        if c not in table:
            raise error('bad char in struct format')
        width = table[c]
        if native and c not in 'xcbB?sp':
            size = (size + width - 1) // width * width
        reps = 1 if count is None else count
        items.append((c, reps))
        size += width * reps
        i += 1
    return order, native, items, size


def calcsize(format):
    """Return size in bytes of the struct described by the format string."""
    return _parse(format)[3]


def _float_bits(x, exp_bits, man_bits):
    """IEEE bits of float x with the given exponent and mantissa widths
    (round half to even), or OverflowError."""
    bias = (1 << (exp_bits - 1)) - 1
    sign = 1 if (x < 0 or (x == 0 and str(x).startswith('-'))) else 0
    if x != x:
        return (sign << (exp_bits + man_bits)) | (((1 << exp_bits) - 1) << man_bits) | (1 << (man_bits - 1))
    if x in (float('inf'), float('-inf')):
        return (sign << (exp_bits + man_bits)) | (((1 << exp_bits) - 1) << man_bits)
    x = abs(x)
    if x == 0:
        return sign << (exp_bits + man_bits)
    h = x.hex()  # 0x1.hhhhp+e or 0x0.hhhhp-1022
    mant, exp = h[2:].split('p')
    lead, frac = mant.split('.')
    m = (int(lead) << 52) | int(frac.ljust(13, '0'), 16)
    e = int(exp) - 52  # x = m * 2**e exactly
    # Normalise: m has its top bit at position 52 (or less when subnormal).
    top = m.bit_length() - 1
    unbiased = top + e
    if unbiased < 1 - bias:  # subnormal in the target format
        shift = (1 - bias - man_bits) - e
    else:
        shift = top - man_bits
    if shift > 0:
        q = m >> shift
        rem = m - (q << shift)
        half = 1 << (shift - 1)
        if rem > half or (rem == half and q & 1):
            q += 1
    else:
        q = m << -shift
    e2 = e + shift  # x ~= q * 2**e2
    if q >= (1 << (man_bits + 1)):
        q >>= 1
        e2 += 1
    if q < (1 << man_bits):  # subnormal (or rounded to zero)
        return (sign << (exp_bits + man_bits)) | q
    biased = e2 + man_bits + bias
    if biased >= (1 << exp_bits) - 1:
        raise OverflowError('float too large to pack with %s format' % ('e' if exp_bits == 5 else 'f'))
    return (sign << (exp_bits + man_bits)) | (biased << man_bits) | (q - (1 << man_bits))


def _bits_float(bits, exp_bits, man_bits):
    bias = (1 << (exp_bits - 1)) - 1
    sign = '-' if bits >> (exp_bits + man_bits) else ''
    e = (bits >> man_bits) & ((1 << exp_bits) - 1)
    m = bits & ((1 << man_bits) - 1)
    if e == (1 << exp_bits) - 1:
        return float(sign + ('nan' if m else 'inf'))
    if e == 0 and exp_bits == 11:
        value = m * 5e-324  # exact: a double subnormal is m * 2**-1074
        return -value if sign else value
    if e == 0:
        value = float.fromhex('%s0x%xp%d' % (sign, m, 1 - bias - man_bits))
    else:
        value = float.fromhex('%s0x%xp%d' % (sign, m | (1 << man_bits), e - bias - man_bits))
    return value


def _int_arg(v):
    if isinstance(v, int):
        return v
    if hasattr(type(v), '__index__'):
        return v.__index__()
    raise error('required argument is not an integer')


_SHORT_NAMES = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'}


def _range_message(c, v, width, lo, hi):
    """_struct.c's message for an int out of the format's range."""
    if width >= 8:
        return 'argument out of range'
    if c in _SHORT_NAMES or c in _SIGNED:
        if not -2**63 <= v < 2**63:
            return 'argument out of range'
        name = _SHORT_NAMES.get(c, "'%s'" % c)
        return '%s format requires %d <= number <= %d' % (name, lo, hi)
    if 0 <= v < 2**64:
        return "'%s' format requires 0 <= number <= %d" % (c, hi)
    return 'argument out of range'


def _pack_one(c, v, width, order, native):
    if c in _INTS:
        v = _int_arg(v)
        signed = c in _SIGNED
        if signed:
            lo, hi = -(1 << (8 * width - 1)), (1 << (8 * width - 1)) - 1
        else:
            lo, hi = 0, (1 << (8 * width)) - 1
        if not lo <= v <= hi:
            raise error(_range_message(c, v, width, lo, hi))
        return v.to_bytes(width, order, signed=signed)
    if c == '?':
        return b'\x01' if v else b'\x00'
    if c == 'c':
        if not (isinstance(v, (bytes, bytearray)) and len(v) == 1):
            raise error('char format requires a bytes object of length 1')
        return bytes(v)
    if c in 'efd':
        if not isinstance(v, (int, float)):
            raise error('required argument is not a float')
        v = float(v)
        if c == 'd':
            bits = _float_bits(v, 11, 52)
        elif c == 'f':
            bits = _float_bits(v, 8, 23)
        else:
            bits = _float_bits(v, 5, 10)
        return bits.to_bytes(width, order)
    raise error('bad char in struct format')


def pack(format, *values):
    """pack(format, v1, v2, ...) -> bytes"""
    order, native, items, size = _parse(format)
    table = _NATIVE if native else _STANDARD
    expected = sum(reps if c not in 'spx' else (1 if c in 'sp' else 0) for c, reps in items)
    if len(values) != expected:
        raise error('pack expected %d items for packing (got %d)' % (expected, len(values)))
    out = bytearray()
    vi = 0
    for c, reps in items:
        width = table[c]
        if native and c not in 'xcbB?sp':
            out += b'\x00' * ((-len(out)) % width)
        if c == 'x':
            out += b'\x00' * reps
            continue
        if c in 'sp':
            v = values[vi]
            vi += 1
            if not isinstance(v, (bytes, bytearray)):
                raise error("argument for 's' must be a bytes object" if c == 's'
                            else "argument for 'p' must be a bytes object")
            if c == 's':
                out += bytes(v[:reps]).ljust(reps, b'\x00')
            else:
                data = bytes(v[:max(reps - 1, 0)][:255])
                if reps:
                    out += bytes([len(data)]) + data.ljust(reps - 1, b'\x00')
            continue
        for _ in range(reps):
            out += _pack_one(c, values[vi], width, order, native)
            vi += 1
    return bytes(out)


def unpack(format, buffer):
    """Return a tuple containing values unpacked according to the format string."""
    order, native, items, size = _parse(format)
    data = bytes(buffer)
    if len(data) != size:
        raise error('unpack requires a buffer of %d bytes' % size)
    return _unpack(order, native, items, data, 0)


def _unpack(order, native, items, data, pos):
    table = _NATIVE if native else _STANDARD
    out = []
    for c, reps in items:
        width = table[c]
        if native and c not in 'xcbB?sp':
            pos += (-pos) % width
        if c == 'x':
            pos += reps
            continue
        if c == 's':
            out.append(data[pos:pos + reps])
            pos += reps
            continue
        if c == 'p':
            n = min(data[pos], reps - 1) if reps else 0
            out.append(data[pos + 1:pos + 1 + n])
            pos += reps
            continue
        for _ in range(reps):
            chunk = data[pos:pos + width]
            pos += width
            if c in _INTS:
                out.append(int.from_bytes(chunk, order, signed=c in _SIGNED))
            elif c == '?':
                out.append(chunk != b'\x00')
            elif c == 'c':
                out.append(chunk)
            elif c == 'd':
                out.append(_bits_float(int.from_bytes(chunk, order), 11, 52))
            elif c == 'f':
                out.append(_bits_float(int.from_bytes(chunk, order), 8, 23))
            else:
                out.append(_bits_float(int.from_bytes(chunk, order), 5, 10))
    return tuple(out)


def unpack_from(format, /, buffer, offset=0):
    """Return a tuple containing values unpacked according to the format string."""
    order, native, items, size = _parse(format)
    data = bytes(buffer)
    if offset < 0:
        offset += len(data)
    if len(data) - offset < size:
        raise error('unpack_from requires a buffer of at least %d bytes for unpacking %d '
                    'bytes at offset %d (actual buffer size is %d)'
                    % (size + offset, size, offset, len(data)))
    return _unpack(order, native, items, data, offset)


def pack_into(format, buffer, offset, *values):
    """Pack values and write the packed bytes into the writable buffer."""
    data = pack(format, *values)
    if offset < 0:
        offset += len(buffer)
    if len(buffer) - offset < len(data):
        raise error('pack_into requires a buffer of at least %d bytes for packing %d '
                    'bytes at offset %d (actual buffer size is %d)'
                    % (len(data) + offset, len(data), offset, len(buffer)))
    buffer[offset:offset + len(data)] = data


def iter_unpack(format, buffer):
    """Return an iterator yielding tuples unpacked from the buffer."""
    order, native, items, size = _parse(format)
    data = bytes(buffer)
    if size == 0:
        raise error('cannot iteratively unpack with a struct of length 0')
    if len(data) % size:
        raise error('iterative unpacking requires a buffer of a multiple of %d bytes' % size)
    return (_unpack(order, native, items, data, pos) for pos in range(0, len(data), size))


class Struct:
    """Struct(fmt) --> compiled struct object"""

    __module__ = '_struct'

    def __init__(self, format):
        self.format = format.decode('ascii') if isinstance(format, bytes) else format
        self.size = calcsize(format)

    def pack(self, *values):
        return pack(self.format, *values)

    def pack_into(self, buffer, offset, *values):
        return pack_into(self.format, buffer, offset, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)

