def todo():
    # to be written
