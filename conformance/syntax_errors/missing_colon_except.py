try:
    x = 1
except ValueError as err
    print(err)
