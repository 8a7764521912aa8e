user = "ann"
print(f"Hello {user}!)
