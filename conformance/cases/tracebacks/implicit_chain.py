# Traceback format: implicit chain.
def outer():
    try:
        int("x")
    except ValueError:
        raise TypeError("converted")
outer()
