def f(*args, **kwargs, extra):
    pass
