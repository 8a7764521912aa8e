def configure(/, name):
    pass
