def run(**options=None):
    pass
