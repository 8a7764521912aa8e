x = 10
print(f"x = {x")
