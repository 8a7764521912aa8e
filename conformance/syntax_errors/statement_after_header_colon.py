value = 3
if value:total = 1:
    pass
