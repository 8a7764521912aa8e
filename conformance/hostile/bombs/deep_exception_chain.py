# A chain of 10**5 exceptions, each the __context__ of the next, then printed as a traceback.
exc = None
for i in range(100000):
    try:
        raise ValueError(i) from exc
    except ValueError as e:
        exc = e
raise exc
