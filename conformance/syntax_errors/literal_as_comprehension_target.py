names = ["a", "b"]
upper = [n.upper() for "n" in names]
