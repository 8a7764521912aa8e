def run(*args=()):
    pass
