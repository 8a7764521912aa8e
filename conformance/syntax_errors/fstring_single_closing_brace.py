total = 5
print(f"total: {total} }")
