# Traceback format: augmented attribute.
class Thing:
    pass
t = Thing()
t.value += 1
