import functools

@functools.cache
