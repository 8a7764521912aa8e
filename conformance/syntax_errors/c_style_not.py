done = False
if !done:
    pass
