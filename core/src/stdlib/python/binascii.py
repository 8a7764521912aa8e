"""Conversion between binary data and ASCII (CPython's C module binascii, in
Python): hex, base64 and CRC-32."""

__all__ = ['Error', 'Incomplete', 'a2b_base64', 'a2b_hex', 'b2a_base64', 'b2a_hex',
           'crc32', 'crc_hqx', 'hexlify', 'unhexlify']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_INDEX = {c: i for i, c in enumerate(_B64)}


def _bytes_arg(data, func):
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")


def _buffer_arg(data):
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data."""
    data = _buffer_arg(data)
    if sep is None:
        return data.hex().encode('ascii')
    return data.hex(sep, bytes_per_sep).encode('ascii')


hexlify = b2a_hex


def a2b_hex(hexstr):
    """Binary data of hexadecimal representation."""
    data = _bytes_arg(hexstr, 'a2b_hex')
    if len(data) % 2:
        raise Error('Odd-length string')
    try:
        return bytes.fromhex(data.decode('ascii'))
    except ValueError:
        raise Error('Non-hexadecimal digit found') from None


unhexlify = a2b_hex


def b2a_base64(data, *, newline=True):
    """Base64-code line of data."""
    data = _buffer_arg(data)
    out = bytearray()
    n = len(data)
    full = n - n % 3
    table = _B64
    for i in range(0, full, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((table[v >> 18], table[(v >> 12) & 63], table[(v >> 6) & 63], table[v & 63]))
    rest = n - full
    if rest == 1:
        v = data[full] << 16
        out += bytes((table[v >> 18], table[(v >> 12) & 63])) + b'=='
    elif rest == 2:
        v = (data[full] << 16) | (data[full + 1] << 8)
        out += bytes((table[v >> 18], table[(v >> 12) & 63], table[(v >> 6) & 63])) + b'='
    if newline:
        out += b'\n'
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    """Decode a line of base64 data (binascii.c's loop, strict mode included)."""
    data = _bytes_arg(data, 'a2b_base64')
    if strict_mode and data[:1] == b'=':
        raise Error('Leading padding not allowed')
    out = bytearray()
    quad_pos = 0
    leftchar = 0
    pads = 0
    padding_started = False
    index = _B64_INDEX
    for i, c in enumerate(data):
        if c == 61:  # '=': padding ends a quad that has at least 2 characters
            padding_started = True
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    if strict_mode and i + 1 < len(data):
                        raise Error('Excess data after padding')
                    return bytes(out)
            continue
        v = index.get(c)
        if v is None:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        if quad_pos == 0:
            quad_pos = 1
            leftchar = v
        elif quad_pos == 1:
            quad_pos = 2
            out.append(((leftchar << 2) | (v >> 4)) & 0xFF)
            leftchar = v & 0x0F
        elif quad_pos == 2:
            quad_pos = 3
            out.append(((leftchar << 4) | (v >> 2)) & 0xFF)
            leftchar = v & 0x03
        else:
            quad_pos = 0
            out.append(((leftchar << 6) | v) & 0xFF)
            leftchar = 0
    if quad_pos == 1:
        raise Error('Invalid base64-encoded string: number of data characters '
                    f'({len(out) // 3 * 4 + 1}) cannot be 1 more than a multiple of 4')
    if quad_pos:
        raise Error('Incorrect padding')
    return bytes(out)


def _make_crc_table():
    table = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC_TABLE = None


def crc32(data, crc=0):
    """Compute CRC-32 incrementally."""
    global _CRC_TABLE
    if _CRC_TABLE is None:
        _CRC_TABLE = _make_crc_table()
    table = _CRC_TABLE
    crc = (crc & 0xFFFFFFFF) ^ 0xFFFFFFFF
    for b in _buffer_arg(data):
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def crc_hqx(data, crc):
    """Compute CRC-CCITT incrementally."""
    crc &= 0xFFFF
    for b in _buffer_arg(data):
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc
