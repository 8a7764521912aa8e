x = 1
values = [x = 2]
