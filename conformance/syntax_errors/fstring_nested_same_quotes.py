user = {"name": "Ada"}
print(f"Name: {user["name"]}")
