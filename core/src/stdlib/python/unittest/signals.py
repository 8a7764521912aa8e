"""pyex: unittest's Ctrl-C handling; the sandbox has no signals, so these do nothing."""


def registerResult(result):
    pass


def removeResult(result):
    return False


def installHandler():
    pass


def removeHandler(method=None):
    if method is not None:
        return method
