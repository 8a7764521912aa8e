x = 5
if x > 10:
    print("big")
else:
    print("small")
elif x > 3:
    print("medium")
