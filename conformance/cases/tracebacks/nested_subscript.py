# Traceback format: nested subscript.
x = {"a": [1, 2]}
x["a"][5]
