def f(**kwargs):
    return kwargs

f(a=1, a=2)
