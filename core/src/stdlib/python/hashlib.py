"""hashlib module - A common interface to many hash functions.

Pyex: the digests are computed by the native _hashlib.digest over all the
bytes given to update() so far (kept by the hash object).
"""

from _hashlib import digest as _digest

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s',
           'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'new', 'algorithms_guaranteed',
           'algorithms_available', 'pbkdf2_hmac', 'file_digest')

# name: (digest_size, block_size)
_SIZES = {
    'md5': (16, 64), 'sha1': (20, 64), 'sha224': (28, 64), 'sha256': (32, 64),
    'sha384': (48, 128), 'sha512': (64, 128), 'blake2b': (64, 128), 'blake2s': (32, 64),
    'sha3_224': (28, 144), 'sha3_256': (32, 136), 'sha3_384': (48, 104), 'sha3_512': (64, 72),
}

algorithms_guaranteed = set(_SIZES)
algorithms_available = set(_SIZES)


def _data_arg(data):
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"object supporting the buffer API required")
    return data


class _Hash:
    """A hash object: update() with bytes, then digest() or hexdigest()."""

    def __init__(self, name, data=b'', digest_size=None, key=b''):
        self.name = name
        size, self.block_size = _SIZES[name]
        self.digest_size = size if digest_size is None else digest_size
        self._key = key
        self._data = bytearray()
        if data:
            self.update(data)

    def update(self, data):
        self._data += _data_arg(data)

    def digest(self):
        return _digest(self.name, self._data, self.digest_size, self._key)

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        other = _Hash.__new__(_Hash)
        other.name = self.name
        other.block_size = self.block_size
        other.digest_size = self.digest_size
        other._key = self._key
        other._data = bytearray(self._data)
        return other

    def __repr__(self):
        return f'<{self.name} _hashlib.HASH object @ {hex(id(self))}>'


_Hash.__name__ = _Hash.__qualname__ = 'HASH'


def _constructor(name):
    def construct(string=b'', *, usedforsecurity=True, data=None):
        if data is not None:
            string = data
        return _Hash(name, string)
    construct.__name__ = construct.__qualname__ = 'openssl_' + name
    return construct


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')
sha3_224 = _constructor('sha3_224')
sha3_256 = _constructor('sha3_256')
sha3_384 = _constructor('sha3_384')
sha3_512 = _constructor('sha3_512')


def _blake2(name, max_size):
    def construct(data=b'', *, digest_size=max_size, key=b'', salt=b'', person=b'',
                  fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0,
                  inner_size=0, last_node=False, usedforsecurity=True):
        if not 1 <= digest_size <= max_size:
            raise ValueError(f'digest_size must be between 1 and {max_size} bytes')
        if len(key) > max_size:
            raise ValueError(f'maximum key length is {max_size} bytes')
        if salt or person:
            raise ValueError('salt and person are not supported')
        return _Hash(name, data, digest_size, bytes(key))
    construct.__name__ = construct.__qualname__ = name
    return construct


blake2b = _blake2('blake2b', 64)
blake2s = _blake2('blake2s', 32)


def new(name, data=b'', **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named algorithm;
    optionally initialized with data (which must be a bytes-like object).
    """
    if not isinstance(name, str):
        raise TypeError(f'new() argument \'name\' must be str, not {type(name).__name__}')
    lowered = name.lower().replace('-', '_')
    if lowered == 'sha_1':
        lowered = 'sha1'
    if lowered not in _SIZES:
        raise ValueError(f'unsupported hash type {name}')
    if lowered.startswith('blake2'):
        return globals()[lowered](data, **kwargs)
    return _Hash(lowered, data)


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a file-like object. Returns a digest object."""
    digestobj = new(digest) if isinstance(digest, str) else digest()
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        digestobj.update(chunk)
    return digestobj


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as
    pseudorandom function."""
    import hmac
    password = bytes(password)
    salt = bytes(salt)
    if iterations < 1:
        raise ValueError('iteration value must be greater than 0.')
    size = new(hash_name).digest_size
    if dklen is None:
        dklen = size
    if dklen < 1:
        raise ValueError('key length must be greater than 0.')
    out = b''
    block = 1
    while len(out) < dklen:
        u = hmac.new(password, salt + block.to_bytes(4, 'big'), hash_name).digest()
        acc = int.from_bytes(u, 'big')
        for _ in range(iterations - 1):
            u = hmac.new(password, u, hash_name).digest()
            acc ^= int.from_bytes(u, 'big')
        out += acc.to_bytes(size, 'big')
        block += 1
    return out[:dklen]
