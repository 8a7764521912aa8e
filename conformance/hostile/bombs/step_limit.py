# An endless loop under a step limit.
i = 0
while True:
    i += 1
