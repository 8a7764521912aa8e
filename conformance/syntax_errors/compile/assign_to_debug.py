def configure(verbose):
    __debug__ = verbose
