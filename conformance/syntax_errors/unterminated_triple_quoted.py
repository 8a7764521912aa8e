def doc():
    """Return nothing.

    This docstring never ends.
    return None
