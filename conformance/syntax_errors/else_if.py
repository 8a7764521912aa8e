x = 2
if x == 1:
    print("one")
else if x == 2:
    print("two")
