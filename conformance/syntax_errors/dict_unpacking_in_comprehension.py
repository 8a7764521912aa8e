base = {"a": 1}
merged = {**base for _ in range(2)}
