# Traceback format: generator expression.
g = (x.upper() for x in ["a", 1])
list(g)
