def cleanup():
    pass

del cleanup()
