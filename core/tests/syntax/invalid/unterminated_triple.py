def f():
    """Docstring that never ends.

    return 1
