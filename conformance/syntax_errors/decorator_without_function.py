class Handler:
    @staticmethod

print("done")
