def deco(f):
    return f

@deco
value = 1
