def show(value, stream=None indent=1):
    pass
