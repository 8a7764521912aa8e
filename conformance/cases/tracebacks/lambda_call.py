# Traceback format: lambda call.
f = lambda x: x + "s"
print(f(1))
