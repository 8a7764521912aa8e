count = 0
if count < 3:
    continue
