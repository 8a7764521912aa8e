name = "ann"
print(f"{name!z}")
