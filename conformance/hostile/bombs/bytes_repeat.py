# Allocation bomb: 2**62 bytes.
b = b'x' * 2**62
